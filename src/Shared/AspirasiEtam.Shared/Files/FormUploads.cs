using AspirasiEtam.Shared.Domain;
using Microsoft.AspNetCore.Http;

namespace AspirasiEtam.Shared.Files;

/// <summary>Inspects the files of a form post (page or API) in one go: all pass, or the request fails before anything is stored.</summary>
public static class FormUploads
{
    public static async Task<IReadOnlyList<CleanUpload>> CleanAsync(IEnumerable<IFormFile>? files, int maxFiles, CancellationToken cancellationToken, string field = "files")
    {
        var list = (files ?? []).Where(f => f.Length > 0).ToList();
        if (list.Count > maxFiles)
        {
            throw new InvalidFieldException(field, $"Paling banyak {maxFiles} berkas. / At most {maxFiles} files.");
        }

        var clean = new List<CleanUpload>();
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].Length > UploadInspector.DefaultMaxBytes)
            {
                throw new InvalidFieldException($"{field}[{i}]", $"Berkas lebih dari {UploadInspector.DefaultMaxBytes / (1024 * 1024)} MB. / The file is larger than {UploadInspector.DefaultMaxBytes / (1024 * 1024)} MB.");
            }

            await using var stream = list[i].OpenReadStream();
            clean.Add(await UploadInspector.CleanAsync(stream, $"{field}[{i}]", cancellationToken: cancellationToken));
        }

        return clean;
    }
}
