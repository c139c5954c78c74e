using System.IO.Compression;
using System.Net.Http.Headers;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Sheet = DocumentFormat.OpenXml.Spreadsheet;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace AspirasiEtam.IntegrationTests;

/// <summary>Documents an agency publishes, made in the tests: PDFs with words in them, Office files with a name planted in their metadata.</summary>
internal static class RegisterFiles
{
    /// <summary>A one-page PDF whose page says <paramref name="text"/>, with the author and creator fields set to <paramref name="author"/>.</summary>
    public static byte[] Pdf(string text, string? author = null)
    {
        var builder = new PdfDocumentBuilder();
        if (author is not null)
        {
            builder.DocumentInformation.Author = author;
            builder.DocumentInformation.Creator = author;
            builder.DocumentInformation.Title = $"Laporan oleh {author}";
        }

        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        page.AddText(text, 12, new PdfPoint(50, 700), builder.AddStandard14Font(Standard14Font.Helvetica));
        return builder.Build();
    }

    /// <summary>
    /// A Word document saying <paramref name="text"/>: its core properties (creator, last modified by), a comment and a
    /// tracked insertion all carry <paramref name="name"/>. Macro-enabled when asked (a .docm).
    /// </summary>
    public static byte[] Docx(string text, string name, bool macroEnabled = false)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, macroEnabled ? WordprocessingDocumentType.MacroEnabledDocument : WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Creator = name;
            document.PackageProperties.LastModifiedBy = name;
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(
                new Paragraph(new Run(new Text(text))),
                new Paragraph(new InsertedRun(new Run(new Text("tambahan"))) { Author = name, Id = "1", Date = DateTime.UtcNow }),
                new Paragraph(new CommentRangeStart { Id = "0" }, new Run(new Text("dikomentari")), new CommentRangeEnd { Id = "0" }, new Run(new CommentReference { Id = "0" }))));
            var comments = main.AddNewPart<WordprocessingCommentsPart>();
            comments.Comments = new Comments(new Comment(new Paragraph(new Run(new Text($"Catatan dari {name}")))) { Id = "0", Author = name, Initials = "XX" });
            var app = document.AddExtendedFilePropertiesPart();
            app.Properties = new DocumentFormat.OpenXml.ExtendedProperties.Properties(new DocumentFormat.OpenXml.ExtendedProperties.Company(name));
        }

        return stream.ToArray();
    }

    /// <summary>A workbook with <paramref name="text"/> in A1 and <paramref name="name"/> as its creator.</summary>
    public static byte[] Xlsx(string text, string name)
    {
        using var stream = new MemoryStream();
        using (var workbook = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            workbook.PackageProperties.Creator = name;
            var main = workbook.AddWorkbookPart();
            main.Workbook = new Sheet.Workbook();
            var sheet = main.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new Sheet.Worksheet(new Sheet.SheetData(new Sheet.Row(new Sheet.Cell { CellReference = "A1", DataType = Sheet.CellValues.InlineString, InlineString = new Sheet.InlineString(new Sheet.Text(text)) })));
            main.Workbook.AppendChild(new Sheet.Sheets(new Sheet.Sheet { Id = main.GetIdOfPart(sheet), SheetId = 1, Name = "Data" }));
        }

        return stream.ToArray();
    }

    /// <summary>Whether any entry of a ZIP package (an Office file) holds <paramref name="text"/>.</summary>
    public static bool RevealInZip(byte[] package, string text)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        return zip.Entries.Any(e =>
        {
            using var entry = e.Open();
            using var copy = new MemoryStream();
            entry.CopyTo(copy);
            return PlantedFiles.Reveal(copy.ToArray(), text);
        });
    }

    /// <summary>A multipart body with one file part named <paramref name="fileName"/>.</summary>
    public static MultipartFormDataContent Upload(byte[] content, string fileName, string contentType = "application/octet-stream")
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new MultipartFormDataContent { { file, "file", fileName } };
    }
}
