using AspirasiEtam.Shared.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AspirasiEtam.Shared.Persistence;

/// <summary>
/// Ready when the module database takes a write, not merely a connection: a full or read-only disk still lets every
/// read through. On SQLite the probe is a committed one-page write (see <see cref="WriteProbeAsync"/>), run at most
/// once per <see cref="StorageHealth.ProbeInterval"/>; SQL Server reports its own full log or disk on the write itself.
/// </summary>
internal sealed class ModuleDatabaseHealthCheck<TContext>(TContext context, StorageHealth storage) : IHealthCheck
    where TContext : DbContext, IModuleDbContext
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext healthContext, CancellationToken cancellationToken = default)
    {
        if (!context.Database.IsSqlite())
        {
            return await context.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("The module database cannot be reached.");
        }

        var failure = await storage.ProbeAsync(healthContext.Registration.Name, WriteProbeAsync, cancellationToken);
        return failure is null ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy(failure);
    }

    /// <summary>
    /// Rewrites the header's user version with its own value: a commit that appends a page to the WAL and changes
    /// nothing (EF Core does not use the user version). A rolled-back write would not do: SQLite writes nothing then.
    /// Taken in this process's turn at the file, like any other write.
    /// </summary>
    private Task WriteProbeAsync(CancellationToken cancellationToken) =>
        SqliteWriteGate.WriteAsync(context, async () =>
        {
            await context.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                await using var command = context.Database.GetDbConnection().CreateCommand();
                command.CommandText = "PRAGMA user_version;";
                var version = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
                command.CommandText = $"PRAGMA user_version = {version};";
                return await command.ExecuteNonQueryAsync(cancellationToken);
            }
            finally
            {
                await context.Database.CloseConnectionAsync();
            }
        }, cancellationToken);
}
