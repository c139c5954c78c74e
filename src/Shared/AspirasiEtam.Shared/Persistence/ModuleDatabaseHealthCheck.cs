using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AspirasiEtam.Shared.Persistence;

internal sealed class ModuleDatabaseHealthCheck<TContext>(TContext context) : IHealthCheck
    where TContext : DbContext, IModuleDbContext
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext healthContext, CancellationToken cancellationToken = default) =>
        await context.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The module database cannot be reached.");
}
