using System.IO.Compression;
using System.Xml.Linq;
using AspirasiEtam.Shared.Domain;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace AspirasiEtam.Shared.Files;

/// <summary>
/// Accepts a Word document (DOCX) or a workbook (XLSX) and removes who made it: the package is first copied entry by
/// entry within fixed bounds (a ZIP that inflates to gigabytes stops at <see cref="MaxUnpackedBytes"/>), its type is
/// read from <c>[Content_Types].xml</c> (macro-enabled files, embedded objects and anything else are refused), then
/// the Open XML SDK drops the core, extended and custom properties (author, last modified by, company, template),
/// comments and their people, and blanks the author of every tracked change.
/// </summary>
public static class OfficeCleaner
{
    /// <summary>An office file's parts are XML that compresses 5–20 times; 200 MB unpacked is far beyond any real report.</summary>
    public const long MaxUnpackedBytes = 200L * 1024 * 1024;

    public const int MaxEntries = 2_000;

    private const string WordMain = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string SheetMain = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    private static readonly XNamespace ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";

    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];

    public static bool IsZip(byte[] content) => content.AsSpan().StartsWith(ZipSignature);

    public static CleanUpload Clean(byte[] content, string field)
    {
        using var package = Unpacked(content, field);
        var kind = KindOf(package, field);
        try
        {
            if (kind == UploadKind.Word)
            {
                using var document = WordprocessingDocument.Open(package, isEditable: true);
                RemoveProperties(document);
                if (document.MainDocumentPart is { } main)
                {
                    RefuseEmbedded(main.EmbeddedPackageParts.Any() || main.EmbeddedObjectParts.Any(), field);
                    DeleteParts(main, main.WordprocessingCommentsPart, main.WordprocessingCommentsExPart, main.WordprocessingPeoplePart,
                        main.WordprocessingCommentsIdsPart, main.WordCommentsExtensiblePart);
                    foreach (var part in new OpenXmlPart[] { main }.Concat(main.HeaderParts).Concat(main.FooterParts))
                    {
                        BlankAuthors(part);
                    }
                }
            }
            else
            {
                using var workbook = SpreadsheetDocument.Open(package, isEditable: true);
                RemoveProperties(workbook);
                if (workbook.WorkbookPart is { } main)
                {
                    DeleteParts(main, main.WorkbookPersonParts.ToArray());
                    foreach (var sheet in main.WorksheetParts)
                    {
                        RefuseEmbedded(sheet.EmbeddedPackageParts.Any() || sheet.EmbeddedObjectParts.Any(), field);
                        DeleteParts(sheet, sheet.WorksheetCommentsPart);
                        DeleteParts(sheet, sheet.WorksheetThreadedCommentsParts.ToArray());
                    }
                }
            }
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or IOException)
        {
            throw Damaged(field);
        }

        return kind == UploadKind.Word
            ? new CleanUpload(kind, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx", package.ToArray())
            : new CleanUpload(kind, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx", package.ToArray());
    }

    /// <summary>A fresh copy of the package, each entry read at most up to what is left of the bound.</summary>
    private static MemoryStream Unpacked(byte[] content, string field)
    {
        var copy = new MemoryStream();
        try
        {
            using var source = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            if (source.Entries.Count > MaxEntries)
            {
                throw Damaged(field);
            }

            using var target = new ZipArchive(copy, ZipArchiveMode.Create, leaveOpen: true);
            long budget = MaxUnpackedBytes;
            foreach (var entry in source.Entries)
            {
                if (entry.FullName.Contains("..", StringComparison.Ordinal) || entry.FullName.StartsWith('/'))
                {
                    throw Damaged(field);
                }

                using var input = entry.Open();
                using var output = target.CreateEntry(entry.FullName, CompressionLevel.Optimal).Open();
                var buffer = new byte[81920];
                int read;
                while ((read = input.Read(buffer)) > 0)
                {
                    budget -= read;
                    if (budget < 0)
                    {
                        throw new InvalidFieldException(field, "Berkas terlalu besar untuk diproses. / The file is too large to process.");
                    }

                    output.Write(buffer, 0, read);
                }
            }
        }
        catch (InvalidDataException)
        {
            copy.Dispose();
            throw Damaged(field);
        }
        catch
        {
            copy.Dispose();
            throw;
        }

        copy.Position = 0;
        return copy;
    }

    private static UploadKind KindOf(MemoryStream package, string field)
    {
        string[] types;
        using (var zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true))
        {
            var entry = zip.GetEntry("[Content_Types].xml") ?? throw Damaged(field);
            using var stream = entry.Open();
            types = XDocument.Load(stream).Root?.Elements().Select(e => (string?)e.Attribute("ContentType") ?? string.Empty).ToArray() ?? [];
        }

        package.Position = 0;
        if (types.Any(t => t.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase) || t.Contains("vbaProject", StringComparison.OrdinalIgnoreCase)))
        {
            throw new InvalidFieldException(field, "Berkas dengan makro tidak diterima: simpan sebagai DOCX/XLSX biasa. / Files with macros are not accepted: save as a plain DOCX or XLSX.");
        }

        if (types.Any(t => t.Contains("oleObject", StringComparison.OrdinalIgnoreCase)))
        {
            throw Embedded(field);
        }

        return types.Contains(WordMain) ? UploadKind.Word
            : types.Contains(SheetMain) ? UploadKind.Spreadsheet
            : throw new InvalidFieldException(field, "Hanya dokumen Word (DOCX) atau Excel (XLSX) yang diterima. / Only Word (DOCX) or Excel (XLSX) documents are accepted.");
    }

    private static void RemoveProperties(OpenXmlPackage document)
    {
        DeleteParts(document, [.. document.Parts.Select(p => p.OpenXmlPart).Where(p => p is CoreFilePropertiesPart or ExtendedFilePropertiesPart or CustomFilePropertiesPart)]);
        document.PackageProperties.Creator = null;
        document.PackageProperties.LastModifiedBy = null;
        document.PackageProperties.Title = null;
        document.PackageProperties.Subject = null;
        document.PackageProperties.Keywords = null;
        document.PackageProperties.Description = null;
    }

    private static void DeleteParts(OpenXmlPartContainer container, params OpenXmlPart?[] parts)
    {
        foreach (var part in parts.OfType<OpenXmlPart>())
        {
            container.DeletePart(part);
        }
    }

    /// <summary>Tracked changes (insertions, deletions, formatting) carry their author's name: blank it, keep the change.</summary>
    private static void BlankAuthors(OpenXmlPart part)
    {
        var root = part.RootElement;
        if (root is null)
        {
            return;
        }

        foreach (var element in root.Descendants())
        {
            if (element.GetAttributes().Any(a => a.LocalName == "author"))
            {
                var author = element.GetAttributes().First(a => a.LocalName == "author");
                element.SetAttribute(new OpenXmlAttribute(author.Prefix, author.LocalName, author.NamespaceUri, string.Empty));
            }
        }

        root.Save();
    }

    private static void RefuseEmbedded(bool embedded, string field)
    {
        if (embedded)
        {
            throw Embedded(field);
        }
    }

    private static InvalidFieldException Embedded(string field) =>
        new(field, "Berkas berisi objek tertanam: hapus objek itu lalu unggah lagi. / The file holds embedded objects: remove them and upload again.");

    private static InvalidFieldException Damaged(string field) =>
        new(field, "Dokumen rusak atau bukan DOCX/XLSX yang sah. / The document is damaged or not a valid DOCX or XLSX.");
}
