using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AspirasiEtam.Shared.Persistence;

/// <summary>Stops the host at start with a message naming the bad setting, instead of failing at the first query.</summary>
internal sealed class PersistenceOptionsValidator(IHostEnvironment environment) : IValidateOptions<PersistenceOptions>
{
    public ValidateOptionsResult Validate(string? name, PersistenceOptions options)
    {
        if (string.Equals(options.Provider, DatabaseProviders.SqlServer, StringComparison.OrdinalIgnoreCase))
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
            Directory.CreateDirectory(directory);
            var probe = Path.Combine(directory, $".write-probe-{Guid.NewGuid():N}");
            File.WriteAllText(probe, string.Empty);
            File.Delete(probe);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ValidateOptionsResult.Fail(
                $"Persistence:DataDirectory '{directory}' is not writable ({ex.GetType().Name}). Choose a folder the app may write to.");
        }

        return ValidateOptionsResult.Success;
    }

    internal static string ResolveDataDirectory(PersistenceOptions options, string contentRoot) =>
        Path.GetFullPath(Path.IsPathRooted(options.DataDirectory)
            ? options.DataDirectory
            : Path.Combine(contentRoot, options.DataDirectory));
}
