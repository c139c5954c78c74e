using AspirasiEtam.Shared.Domain;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Advanced;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Memory;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace AspirasiEtam.Shared.Files;

public enum UploadKind
{
    Photo,
    Pdf,
    Word,
    Spreadsheet,
}

/// <summary>An upload that passed inspection: its real type, a safe extension, and content with metadata removed.</summary>
public sealed record CleanUpload(UploadKind Kind, string ContentType, string Extension, byte[] Content);

/// <summary>What an upload may be: how large, and whether Office files (DOCX, XLSX) are accepted beside photos and PDFs.</summary>
public sealed record UploadPolicy(int MaxBytes, bool AcceptsOfficeFiles)
{
    /// <summary>A report's evidence: photos and PDFs of at most 5 MB.</summary>
    public static UploadPolicy Evidence { get; } = new(UploadInspector.DefaultMaxBytes, AcceptsOfficeFiles: false);

    /// <summary>
    /// Documents an agency publishes (reports, budgets, regulations): photos, PDFs, DOCX and XLSX of at most 20 MB —
    /// a year's performance report (LKjIP) with its tables is 5–15 MB.
    /// </summary>
    public static UploadPolicy PublicDocuments { get; } = new(20 * 1024 * 1024, AcceptsOfficeFiles: true);
}

/// <summary>
/// Checks an uploaded file by its content, never its name or declared type, and removes what could identify the
/// person who made it: photos (JPEG, PNG, WebP) are decoded and their pixels alone copied into a new image, which is
/// encoded with nothing else (no EXIF, IPTC, XMP, ICC, PNG text or comment can survive); PDFs are rebuilt from their
/// pages' content and resources alone (see <see cref="PdfRebuilder"/>). What would cost far more to open than its size
/// says is refused before it is opened. Anything else — or a file that does not decode — is refused.
/// </summary>
public static class UploadInspector
{
    public const int DefaultMaxBytes = 5 * 1024 * 1024;

    /// <summary>
    /// At most 10,000 pixels a side and 40 megapixels: phones take 12 MP photos (up to 50 in their high-resolution
    /// modes, which rarely fit in 5 MB as a JPEG), scans of A4 at 300 dpi are 9 MP, and 40 MP decoded is already
    /// 160 MB, held twice while the pixels are copied. The limits are read from the file's header (<see cref="Image.Identify(Configuration, byte[], out IImageFormat)"/>)
    /// before any pixel is decoded.
    /// </summary>
    public const int MaxImageSide = 10_000;

    /// <inheritdoc cref="MaxImageSide"/>
    public const long MaxImagePixels = 40_000_000;

    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();

    /// <summary>
    /// Only the formats we accept, so no other decoder is reachable from an upload, and a memory allocator that
    /// refuses any single buffer larger than the biggest photo allowed (a header that lies about its size cannot
    /// make the decoder reserve more). One thread per image: the server's cores are for all requests.
    /// </summary>
    private static readonly Configuration Images = ImageConfiguration();

    /// <summary>Lossy encodings are tried at these qualities until the result fits the size limit.</summary>
    private static readonly int[] Qualities = [90, 80, 70];

    private static Configuration ImageConfiguration()
    {
        var configuration = new Configuration(new JpegConfigurationModule(), new PngConfigurationModule(), new WebpConfigurationModule())
        {
            MemoryAllocator = MemoryAllocator.Create(new MemoryAllocatorOptions
            {
                AllocationLimitMegabytes = (int)(MaxImagePixels * 4 / (1024 * 1024)) + 16,
            }),
            MaxDegreeOfParallelism = 1,
        };

        // PNG and WebP metadata is never read: it is dropped anyway, and a compressed PNG text chunk (zTXt, iTXt) of
        // 400 KB inflates to gigabytes. JPEG metadata is read for its orientation; its segments are small and plain.
        configuration.ImageFormatsManager.SetDecoder(PngFormat.Instance, new PngDecoder { IgnoreMetadata = true });
        configuration.ImageFormatsManager.SetDecoder(WebpFormat.Instance, new WebpDecoder { IgnoreMetadata = true });
        return configuration;
    }

    public static Task<CleanUpload> CleanAsync(Stream input, string field, CancellationToken cancellationToken = default) =>
        CleanAsync(input, field, UploadPolicy.Evidence, cancellationToken);

    public static async Task<CleanUpload> CleanAsync(Stream input, string field, UploadPolicy policy, CancellationToken cancellationToken = default)
    {
        var maxBytes = policy.MaxBytes;
        var content = await ReadBoundedAsync(input, field, maxBytes, cancellationToken);
        if (content.Length == 0)
        {
            throw new InvalidFieldException(field, "Berkas kosong. / The file is empty.");
        }

        if (Image.DetectFormat(Images, content) is { } format)
        {
            return CleanImage(content, format, field, maxBytes);
        }

        if (content.AsSpan().StartsWith(Pdf))
        {
            return Fit(new CleanUpload(UploadKind.Pdf, "application/pdf", ".pdf", PdfRebuilder.Rebuild(content, field)), field, maxBytes);
        }

        if (policy.AcceptsOfficeFiles && OfficeCleaner.IsZip(content))
        {
            return Fit(OfficeCleaner.Clean(content, field), field, maxBytes);
        }

        throw new InvalidFieldException(field, policy.AcceptsOfficeFiles
            ? "Hanya foto JPEG/PNG/WebP, PDF, DOCX atau XLSX yang diterima (diperiksa dari isinya, bukan namanya). / Only JPEG, PNG or WebP photos, PDF, DOCX or XLSX files are accepted, judged by their content, not their name."
            : "Hanya foto JPEG/PNG/WebP atau PDF yang diterima (diperiksa dari isinya, bukan namanya). / Only JPEG, PNG or WebP photos and PDF files are accepted, judged by their content, not their name.");
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
                throw TooLarge(field, maxBytes);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static CleanUpload CleanImage(byte[] content, IImageFormat format, string field, int maxBytes)
    {
        try
        {
            var header = Image.Identify(Images, content, out _) ?? throw Damaged(field);
            if (header.Width > MaxImageSide || header.Height > MaxImageSide || (long)header.Width * header.Height > MaxImagePixels)
            {
                throw new InvalidFieldException(field,
                    $"Foto terlalu besar: paling banyak {MaxImageSide:N0} piksel per sisi dan {MaxImagePixels / 1_000_000} megapiksel. / " +
                    $"The photo is too large: at most {MaxImageSide:N0} pixels a side and {MaxImagePixels / 1_000_000} megapixels.");
            }

            using var clean = PixelsOnly(content);
            return format switch
            {
                PngFormat => Fit(new CleanUpload(UploadKind.Photo, "image/png", ".png", Encode(clean, new PngEncoder { ChunkFilter = PngChunkFilter.ExcludeAll, IgnoreMetadata = true })), field, maxBytes),
                WebpFormat => Smallest(clean, q => new WebpEncoder { FileFormat = WebpFileFormatType.Lossy, Quality = q }, "image/webp", ".webp", field, maxBytes),
                _ => Smallest(clean, q => new JpegEncoder { Quality = q }, "image/jpeg", ".jpg", field, maxBytes),
            };
        }
        catch (Exception ex) when (ex is ImageFormatException or UnknownImageFormatException or InvalidImageContentException or NotSupportedException)
        {
            throw Damaged(field);
        }
        catch (InvalidMemoryOperationException)
        {
            throw new InvalidFieldException(field, "Foto terlalu besar untuk diproses. / The photo is too large to process.");
        }
    }

    /// <summary>
    /// The decoded picture, turned upright as its EXIF orientation says, copied row by row into a new image: nothing
    /// of the file's metadata (EXIF, IPTC, XMP, ICC, PNG text, frame metadata, further frames) exists on the copy,
    /// so no encoder can write any of it back.
    /// </summary>
    private static Image<Rgba32> PixelsOnly(byte[] content)
    {
        using var decoded = Image.Load<Rgba32>(Images, content);
        decoded.Mutate(x => x.AutoOrient());
        var clean = new Image<Rgba32>(Images, decoded.Width, decoded.Height);
        decoded.ProcessPixelRows(clean, (source, target) =>
        {
            for (var y = 0; y < source.Height; y++)
            {
                source.GetRowSpan(y).CopyTo(target.GetRowSpan(y));
            }
        });
        return clean;
    }

    private static byte[] Encode(Image image, IImageEncoder encoder)
    {
        using var output = new MemoryStream();
        image.Save(output, encoder);
        return output.ToArray();
    }

    /// <summary>Re-encoding a photo saved at a lower quality can make it larger: try lower qualities before refusing it.</summary>
    private static CleanUpload Smallest(Image image, Func<int, IImageEncoder> encoder, string contentType, string extension, string field, int maxBytes)
    {
        byte[] encoded = [];
        foreach (var quality in Qualities)
        {
            encoded = Encode(image, encoder(quality));
            if (encoded.Length <= maxBytes)
            {
                break;
            }
        }

        return Fit(new CleanUpload(UploadKind.Photo, contentType, extension, encoded), field, maxBytes);
    }

    /// <summary>What is stored is held to the same limit as what was sent.</summary>
    private static CleanUpload Fit(CleanUpload clean, string field, int maxBytes) =>
        clean.Content.Length <= maxBytes ? clean : throw TooLarge(field, maxBytes);

    internal static InvalidFieldException TooLarge(string field, int maxBytes) =>
        new(field, $"Berkas lebih dari {maxBytes / (1024 * 1024)} MB. / The file is larger than {maxBytes / (1024 * 1024)} MB.");

    private static InvalidFieldException Damaged(string field) =>
        new(field, "Foto rusak atau bukan gambar yang sah. / The photo is damaged or not a valid image.");
}
