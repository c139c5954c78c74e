using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AspirasiEtam.Shared.Files;

/// <summary>Where uploaded files are kept: outside the web root, addressed by keys the app makes (never by user file names).</summary>
public interface IFileStorage
{
    Task SaveAsync(string key, byte[] content, CancellationToken cancellationToken);

    /// <summary>The file, or null when there is none under that key.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken);

    /// <summary>Removes the file under that key, if there is one.</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken);
}

/// <summary>The default storage: a local folder (<c>Storage:RootDirectory</c>, default <c>App_Data/files</c>).</summary>
internal sealed partial class LocalFileStorage(string root) : IFileStorage
{
    public async Task SaveAsync(string key, byte[] content, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, content, cancellationToken);
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        return Task.FromResult<Stream?>(File.Exists(path) ? File.OpenRead(path) : null);
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    private string PathOf(string key)
    {
        // Keys are made by the app, but check anyway: no traversal, no absolute paths, no odd characters.
        if (!KeyPattern().IsMatch(key))
        {
            throw new ArgumentException($"'{key}' is not a storage key.", nameof(key));
        }

        return Path.Combine(root, key.Replace('/', Path.DirectorySeparatorChar));
    }

    [GeneratedRegex("^[a-z0-9]+(/[a-z0-9\\-]+)*(\\.[a-z]{2,4})?$")]
    private static partial Regex KeyPattern();
}

public static class FileStorageRegistration
{
    public static IServiceCollection AddFileStorage(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var root = configuration["Storage:RootDirectory"] ?? Path.Combine("App_Data", "files");
        var fullRoot = Path.GetFullPath(Path.IsPathRooted(root) ? root : Path.Combine(environment.ContentRootPath, root));
        services.AddSingleton<IFileStorage>(new LocalFileStorage(fullRoot));
        return services;
    }
}
