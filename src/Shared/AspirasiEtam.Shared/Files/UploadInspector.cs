using AspirasiEtam.Shared.Domain;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Writer;

namespace AspirasiEtam.Shared.Files;

public enum UploadKind
{
    Photo,
    Pdf,
}

/// <summary>An upload that passed inspection: its real type, a safe extension, and content with metadata removed.</summary>
public sealed record CleanUpload(UploadKind Kind, string ContentType, string Extension, byte[] Content);

/// <summary>
/// Checks an uploaded file by its content, never its name or declared type, and removes what could identify the
/// person who made it: photos are decoded and re-encoded without EXIF, IPTC or XMP (GPS position, device,
/// owner name); PDFs are rebuilt page by page without the document-information dictionary (author, creator).
/// Anything else — or a file that does not decode — is refused.
/// </summary>
public static class UploadInspector
{
    public const int DefaultMaxBytes = 5 * 1024 * 1024;

    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();

    public static async Task<CleanUpload> CleanAsync(Stream input, string field, int maxBytes = DefaultMaxBytes, CancellationToken cancellationToken = default)
    {
        var content = await ReadBoundedAsync(input, field, maxBytes, cancellationToken);
        if (content.Length == 0)
        {
            throw new InvalidFieldException(field, "Berkas kosong. / The file is empty.");
        }

        if (content.AsSpan().StartsWith(Jpeg) || content.AsSpan().StartsWith(Png))
        {
            return CleanImage(content, field, content.AsSpan().StartsWith(Png));
        }

        if (content.AsSpan().StartsWith(Pdf))
        {
            return CleanPdf(content, field);
        }

        throw new InvalidFieldException(field, "Hanya foto JPEG/PNG atau PDF yang diterima (diperiksa dari isinya, bukan namanya). / Only JPEG or PNG photos and PDF files are accepted, judged by their content, not their name.");
    }

    private static async Task<byte[]> ReadBoundedAsync(Stream input, string field, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await input.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new InvalidFieldException(field, $"Berkas lebih dari {maxBytes / (1024 * 1024)} MB. / The file is larger than {maxBytes / (1024 * 1024)} MB.");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static CleanUpload CleanImage(byte[] content, string field, bool png)
    {
        try
        {
            using var image = Image.Load(content);
            image.Metadata.ExifProfile = null;
            image.Metadata.IptcProfile = null;
            image.Metadata.XmpProfile = null;
            image.Metadata.IccProfile = null;
            using var output = new MemoryStream();
            if (png)
            {
                image.Save(output, new PngEncoder());
                return new CleanUpload(UploadKind.Photo, "image/png", ".png", output.ToArray());
            }

            image.Save(output, new JpegEncoder { Quality = 90 });
            return new CleanUpload(UploadKind.Photo, "image/jpeg", ".jpg", output.ToArray());
        }
        catch (Exception ex) when (ex is ImageFormatException or UnknownImageFormatException or InvalidImageContentException or NotSupportedException)
        {
            throw new InvalidFieldException(field, "Foto rusak atau bukan gambar yang sah. / The photo is damaged or not a valid image.");
        }
    }

    private static CleanUpload CleanPdf(byte[] content, string field)
    {
        try
        {
            using var source = PdfDocument.Open(content);
            using var builder = new PdfDocumentBuilder { IncludeDocumentInformation = false };
            for (var page = 1; page <= source.NumberOfPages; page++)
            {
                builder.AddPage(source, page);
            }

            return new CleanUpload(UploadKind.Pdf, "application/pdf", ".pdf", builder.Build());
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new InvalidFieldException(field, "PDF rusak, terenkripsi, atau tidak dapat dibaca. / The PDF is damaged, encrypted or unreadable.");
        }
    }
}
