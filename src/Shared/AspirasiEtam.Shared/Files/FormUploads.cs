using AspirasiEtam.Shared.Domain;
using AspirasiEtam.Shared.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace AspirasiEtam.Shared.Files;

/// <summary>A file part of a multipart request as sent: the name the sender gave it (never trusted as a path) and its bytes.</summary>
public sealed record UploadedFile(string? Name, byte[] Content);

/// <summary>
/// The files of a form post (page or API): read within limits that hold while the body streams in, then inspected
/// in one go — all pass, or the request fails before anything is stored.
/// </summary>
public static class FormUploads
{
    /// <summary>Room beside the files for multipart boundaries, part headers and a few form fields.</summary>
    private const int FormOverheadBytes = 1024 * 1024;

    /// <summary>The largest body an upload of <paramref name="maxFiles"/> files of the size limit can need.</summary>
    public static long MaxRequestBytes(int maxFiles, UploadPolicy? policy = null) => ((long)maxFiles * (policy ?? UploadPolicy.Evidence).MaxBytes) + FormOverheadBytes;

    /// <summary>
    /// Reads the files of a multipart API request without opening them. A body declared (Content-Length) larger than
    /// <see cref="MaxRequestBytes"/> is refused with 413 before any of it is read, and the server stops a body without
    /// a declared length at the same size; a file is refused as soon as its part passes the size limit, so a 9 MB
    /// photo costs 5 MB of reading, not 9. Empty parts are skipped. With <paramref name="fields"/>, the form's text
    /// fields (at most 64 KB each) are kept there; else they are skipped.
    /// </summary>
    public static async Task<IReadOnlyList<UploadedFile>> ReadAsync(
        HttpRequest request, int maxFiles, CancellationToken cancellationToken, string field = "files", UploadPolicy? policy = null, IDictionary<string, string>? fields = null)
    {
        policy ??= UploadPolicy.Evidence;
        var limit = MaxRequestBytes(maxFiles, policy);
        if (request.ContentLength > limit)
        {
            throw new BadHttpRequestException(
                $"Unggahan lebih dari {limit / (1024 * 1024)} MB. / The upload is larger than {limit / (1024 * 1024)} MB.", StatusCodes.Status413PayloadTooLarge);
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit;
        }

        var boundary = MediaTypeHeaderValue.TryParse(request.ContentType, out var type) && type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            ? HeaderUtilities.RemoveQuotes(type.Boundary).Value
            : null;
        if (string.IsNullOrEmpty(boundary))
        {
            throw new InvalidFieldException(field, "Kirim berkas sebagai multipart/form-data. / Send the files as multipart/form-data.");
        }

        var reader = new MultipartReader(boundary, request.Body) { BodyLengthLimit = policy.MaxBytes };
        var files = new List<UploadedFile>();
        try
        {
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.IsFileDisposition())
                {
                    if (fields is not null && disposition?.IsFormDisposition() == true)
                    {
                        fields[HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? string.Empty] = await ReadFieldAsync(section.Body, field, cancellationToken);
                    }
                    else
                    {
                        await section.Body.CopyToAsync(Stream.Null, cancellationToken);
                    }

                    continue;
                }

                using var content = new MemoryStream();
                try
                {
                    await section.Body.CopyToAsync(content, cancellationToken);
                }
                catch (InvalidDataException)
                {
                    throw UploadInspector.TooLarge($"{field}[{files.Count}]", policy.MaxBytes);
                }

                if (content.Length == 0)
                {
                    continue;
                }

                CheckCount(files.Count + 1, maxFiles, field);
                files.Add(new UploadedFile(disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : HeaderUtilities.RemoveQuotes(disposition.FileName).Value, content.ToArray()));
            }
        }
        catch (Exception ex) when (FormReading.IsClientsFault(ex))
        {
            // A body cut short or not multipart after all.
            throw new InvalidFieldException(field, "Formulir unggahan tidak sah. / The upload form is malformed.");
        }

        return files;
    }

    private static async Task<string> ReadFieldAsync(Stream body, string field, CancellationToken cancellationToken)
    {
        const int MaxFieldChars = 64 * 1024;
        using var reader = new StreamReader(body, System.Text.Encoding.UTF8);
        var buffer = new char[MaxFieldChars + 1];
        var read = 0;
        int last;
        while (read < buffer.Length && (last = await reader.ReadAsync(buffer.AsMemory(read), cancellationToken)) > 0)
        {
            read += last;
        }

        return read > MaxFieldChars
            ? throw new InvalidFieldException(field, "Isian formulir terlalu panjang. / A form field is too long.")
            : new string(buffer, 0, read);
    }

    /// <summary>One file of a page's form as sent (null when none was chosen); one larger than the policy allows is refused before it is read.</summary>
    public static async Task<UploadedFile?> ReadAsync(IFormFile? file, UploadPolicy policy, string field, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return null;
        }

        if (file.Length > policy.MaxBytes)
        {
            throw UploadInspector.TooLarge(field, policy.MaxBytes);
        }

        using var content = new MemoryStream((int)file.Length);
        await file.CopyToAsync(content, cancellationToken);
        return new UploadedFile(file.FileName, content.ToArray());
    }

    /// <summary>Inspects and cleans files read by <see cref="ReadAsync(HttpRequest, int, CancellationToken, string, UploadPolicy?)"/>.</summary>
    public static Task<IReadOnlyList<CleanUpload>> CleanAsync(IReadOnlyList<UploadedFile> files, CancellationToken cancellationToken, string field = "files", UploadPolicy? policy = null) =>
        CleanAllAsync(files.Select(f => (Func<Stream>)(() => new MemoryStream(f.Content, writable: false))).ToList(), field, policy ?? UploadPolicy.Evidence, cancellationToken);

    /// <summary>Inspects and cleans the files bound from a page's form.</summary>
    public static Task<IReadOnlyList<CleanUpload>> CleanAsync(IEnumerable<IFormFile>? files, int maxFiles, CancellationToken cancellationToken, string field = "files", UploadPolicy? policy = null)
    {
        var list = (files ?? []).Where(f => f.Length > 0).ToList();
        CheckCount(list.Count, maxFiles, field);
        return CleanAllAsync(list.Select(f => (Func<Stream>)f.OpenReadStream).ToList(), field, policy ?? UploadPolicy.Evidence, cancellationToken);
    }

    private static async Task<IReadOnlyList<CleanUpload>> CleanAllAsync(IReadOnlyList<Func<Stream>> files, string field, UploadPolicy policy, CancellationToken cancellationToken)
    {
        var clean = new List<CleanUpload>();
        for (var i = 0; i < files.Count; i++)
        {
            await using var stream = files[i]();
            clean.Add(await UploadInspector.CleanAsync(stream, $"{field}[{i}]", policy, cancellationToken));
        }

        return clean;
    }

    private static void CheckCount(int count, int maxFiles, string field)
    {
        if (count > maxFiles)
        {
            throw TooMany(field, maxFiles);
        }
    }

    internal static InvalidFieldException TooMany(string field, int maxFiles) =>
        new(field, $"Paling banyak {maxFiles} berkas. / At most {maxFiles} files.");
}
