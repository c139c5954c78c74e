using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace AspirasiEtam.Shared.Persistence;

/// <summary>
/// Bare connections to a module's database (<typeparamref name="TContext"/>'s), for the few hand-written reads where
/// EF Core's own cost outweighs the statement: the public register's browse and search (issue 12). Same connection
/// string, so the same pool, as the module's context, without renting the context: opening a context's SQLite
/// connection registers EF Core's SQL functions on it and closing removes them; with the rental, ~10 % of an agency's
/// register page's CPU (docs/performance.md). Not for writes: those go through the context (its interceptors, the write gate).
/// </summary>
public sealed class ModuleConnections<TContext>(bool isSqlite, string connectionString)
{
    /// <summary>Whether the module's database is its SQLite file (else its schema on SQL Server).</summary>
    public bool IsSqlite => isSqlite;

    /// <summary>The module's connection string, which its context is configured with too.</summary>
    public string ConnectionString => connectionString;

    /// <summary>A new, closed connection; the caller opens and disposes it.</summary>
    public DbConnection Create() => IsSqlite ? new SqliteConnection(connectionString) : new SqlConnection(connectionString);
}
