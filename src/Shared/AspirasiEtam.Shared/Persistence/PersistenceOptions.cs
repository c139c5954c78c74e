namespace AspirasiEtam.Shared.Persistence;

/// <summary>Where module data lives. Bound from the <c>Persistence</c> configuration section.</summary>
public sealed class PersistenceOptions
{
    public const string SectionName = "Persistence";

    /// <summary><c>Sqlite</c> (default: one file per module in <see cref="DataDirectory"/>) or <c>SqlServer</c>.</summary>
    public string Provider { get; set; } = DatabaseProviders.Sqlite;

    /// <summary>Folder for the SQLite files; relative paths are taken from the host's content root.</summary>
    public string DataDirectory { get; set; } = "App_Data";

    /// <summary>SQL Server connection string shared by every module; each module keeps to its own schema.</summary>
    public string? SqlServerConnectionString { get; set; }

    /// <summary>Whether <see cref="Provider"/> names SQL Server (in any case).</summary>
    public bool UsesSqlServer => string.Equals(Provider, DatabaseProviders.SqlServer, StringComparison.OrdinalIgnoreCase);
}

public static class DatabaseProviders
{
    public const string Sqlite = "Sqlite";
    public const string SqlServer = "SqlServer";
}
