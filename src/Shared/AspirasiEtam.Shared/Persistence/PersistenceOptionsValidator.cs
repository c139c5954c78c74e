using AspirasiEtam.Shared.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AspirasiEtam.Shared.Persistence;

/// <summary>Stops the host at start with a message naming the bad setting, instead of failing at the first query.</summary>
internal sealed class PersistenceOptionsValidator(IHostEnvironment environment) : IValidateOptions<PersistenceOptions>
{
    public ValidateOptionsResult Validate(string? name, PersistenceOptions options)
    {
        if (options.UsesSqlServer)
        {
            return string.IsNullOrWhiteSpace(options.SqlServerConnectionString)
                ? ValidateOptionsResult.Fail("Persistence:SqlServerConnectionString is required when Persistence:Provider is SqlServer.")
                : ValidateOptionsResult.Success;
        }

        if (!string.Equals(options.Provider, DatabaseProviders.Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            return ValidateOptionsResult.Fail(
                $"Persistence:Provider '{options.Provider}' is not supported. Use '{DatabaseProviders.Sqlite}' or '{DatabaseProviders.SqlServer}'.");
        }

        var directory = ResolveDataDirectory(options, environment.ContentRootPath);
        try
        {
            FolderWriteProbe.Write(directory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ValidateOptionsResult.Fail(
                $"Persistence:DataDirectory '{directory}' is not writable ({ex.GetType().Name}). Choose a folder the app may write to.");
        }

        return UnwritableDatabaseFile(directory) is { } failure ? ValidateOptionsResult.Fail(failure) : ValidateOptionsResult.Success;
    }

    /// <summary>
    /// Each SQLite file in the folder — database, -wal, -shm — must open for writing: SQLite maps the -shm into
    /// memory, and one it cannot write (say, left behind by a tool run as root) killed the host with SIGBUS at the
    /// first query, without a word. Checked before any connection of this host opens them (closing a descriptor of
    /// a file drops the process's SQLite locks on it).
    /// </summary>
    private static string? UnwritableDatabaseFile(string directory)
    {
        foreach (var path in Directory.EnumerateFileSystemEntries(directory).Where(p => p.EndsWith(".db", StringComparison.Ordinal)
            || p.EndsWith(".db-wal", StringComparison.Ordinal) || p.EndsWith(".db-shm", StringComparison.Ordinal)))
        {
            try
            {
                using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return $"Persistence:DataDirectory '{directory}': the database file '{path}' cannot be written ({ex.GetType().Name}). " +
                    "Give the account running the portal read and write access to it.";
            }
        }

        return null;
    }

    internal static string ResolveDataDirectory(PersistenceOptions options, string contentRoot) =>
        Path.GetFullPath(Path.IsPathRooted(options.DataDirectory)
            ? options.DataDirectory
            : Path.Combine(contentRoot, options.DataDirectory));
}
