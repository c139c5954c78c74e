using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AspirasiEtam.Shared.Persistence;

/// <summary>
/// Migrates every module database, then runs the seeders, before the web server accepts requests
/// (hosted services start before the server). Never <c>EnsureCreated</c>: migrations everywhere.
/// </summary>
internal sealed class DatabaseInitializer(
    IServiceProvider services,
    IEnumerable<ModuleDatabase> databases,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        foreach (var database in databases)
        {
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(database.ContextType);
            await context.Database.MigrateAsync(cancellationToken);
            if (context.Database.IsSqlite())
            {
                // Write-ahead logging lets readers go on while one writer commits; it is a property of the file.
                await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }

            logger.LogInformation("Database of module {Module} is migrated", database.ModuleName);
        }

        foreach (var seeder in scope.ServiceProvider.GetServices<IModuleSeeder>())
        {
            await seeder.SeedAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
