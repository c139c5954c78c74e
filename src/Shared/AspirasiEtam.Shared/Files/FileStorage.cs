using System.Text.RegularExpressions;
using AspirasiEtam.Shared.Storage;
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

    /// <summary>Removes the files under the folder <paramref name="prefix"/> last written before <paramref name="before"/>; returns how many.</summary>
    Task<int> DeleteOlderThanAsync(string prefix, DateTimeOffset before, CancellationToken cancellationToken);
}

/// <summary>The default storage: a local folder (<c>Storage:RootDirectory</c>, default <c>App_Data/files</c>).</summary>
internal sealed partial class LocalFileStorage(string root) : IFileStorage
{
    /// <summary>The folder, for the readiness probe.</summary>
    public string Root => root;

    public async Task SaveAsync(string key, byte[] content, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllBytesAsync(path, content, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            DeletePartial(path);
            throw Unwritable(ex);
        }
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        return Task.FromResult<Stream?>(File.Exists(path) ? File.OpenRead(path) : null);
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw Unwritable(ex);
        }

        return Task.CompletedTask;
    }

    public Task<int> DeleteOlderThanAsync(string prefix, DateTimeOffset before, CancellationToken cancellationToken)
    {
        var folder = PathOf(prefix);
        if (!Directory.Exists(folder))
        {
            return Task.FromResult(0);
        }

        var removed = 0;
        foreach (var file in new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (file.LastWriteTimeUtc < before.UtcDateTime)
            {
                file.Delete();
                removed++;
            }
        }

        foreach (var empty in new DirectoryInfo(folder).EnumerateDirectories("*", SearchOption.AllDirectories)
                     .OrderByDescending(d => d.FullName.Length).Where(d => !d.EnumerateFileSystemInfos().Any()))
        {
            empty.Delete();
        }

        return Task.FromResult(removed);
    }

    private static void DeletePartial(string path)
    {
        // A file a full disk cut short would stay behind with no row pointing to it. Best effort: on a read-only
        // folder there is nothing to remove, and the write's own failure is what the caller must hear.
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }

    private StorageUnavailableException Unwritable(Exception ex) => new($"The files folder '{root}' cannot be written: {ex.Message}", ex);

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

public static class StoredFiles
{
    /// <summary>
    /// Runs the save that records files already stored under <paramref name="keys"/>; when it fails, the files are
    /// removed again, so a refused or failed request leaves neither rows nor orphan files. (Files go before rows: a
    /// row pointing to a missing file would be worse than an orphan file.)
    /// </summary>
    public static async Task SaveOrRemoveAsync(this IFileStorage storage, IEnumerable<string> keys, Func<Task> save)
    {
        try
        {
            await save();
        }
        catch
        {
            foreach (var key in keys)
            {
                await storage.DeleteAsync(key, CancellationToken.None);
            }

            throw;
        }
    }
}

public static class FileStorageRegistration
{
    public static IServiceCollection AddFileStorage(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var root = configuration["Storage:RootDirectory"] ?? Path.Combine("App_Data", "files");
        var fullRoot = Path.GetFullPath(Path.IsPathRooted(root) ? root : Path.Combine(environment.ContentRootPath, root));
        services.AddSingleton<IFileStorage>(new LocalFileStorage(fullRoot));
        services.AddSingleton<HeldUploads>();
        services.AddHostedService<HeldUploadSweeper>();
        return services;
    }
}
