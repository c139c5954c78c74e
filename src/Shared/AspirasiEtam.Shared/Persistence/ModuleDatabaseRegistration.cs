using AspirasiEtam.Shared.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AspirasiEtam.Shared.Persistence;

/// <summary>A module database the host migrates at start and checks for readiness.</summary>
public sealed record ModuleDatabase(string ModuleName, Type ContextType);

public static class ModuleDatabaseRegistration
{
    public const string HistoryTable = "__EFMigrationsHistory";

    /// <summary>
    /// Registers a module's DbContext for the configured provider: <typeparamref name="TContext"/> resolves to
    /// <typeparamref name="TSqlite"/> or <typeparamref name="TSqlServer"/>, whose migrations live in the module.
    /// Also registers its migration at start, its readiness check, its outbox dispatcher and its <see cref="GroupCommit{TContext}"/>.
    /// </summary>
    public static IServiceCollection AddModuleDatabase<TContext, TSqlite, TSqlServer>(
        this IServiceCollection services, string moduleName, string schema)
        where TContext : DbContext, IModuleDbContext
        where TSqlite : TContext
        where TSqlServer : TContext
    {
        // One place resolves the module's connection string: its bare connections and its context share it (and the pool).
        services.AddSingleton(sp =>
        {
            var persistence = sp.GetRequiredService<IOptions<PersistenceOptions>>().Value;
            return persistence.UsesSqlServer
                ? new ModuleConnections<TContext>(isSqlite: false, persistence.SqlServerConnectionString!)
                : new ModuleConnections<TContext>(isSqlite: true, SqliteConnectionString(
                    PersistenceOptionsValidator.ResolveDataDirectory(persistence, sp.GetRequiredService<IHostEnvironment>().ContentRootPath), moduleName));
        });

        // Pooled contexts: options are built once, and the interceptors are stateless singletons.
        services.AddDbContextPool<TSqlite>((sp, options) =>
        {
            ConfigureSqlite(options, sp.GetRequiredService<ModuleConnections<TContext>>().ConnectionString);
            // The module's interceptors before the write gate: what they do while saving is not done holding it.
            options.AddInterceptors(new OutboxSignalInterceptor(sp.GetRequiredService<OutboxSignal<TContext>>()), new SqliteConnectionTuning());
            options.AddInterceptors(sp.GetServices<IModuleInterceptor<TContext>>());
            options.AddInterceptors(new RowVersionInterceptor(), new SqliteWriteGate());
        });
        services.AddDbContextPool<TSqlServer>((sp, options) =>
        {
            ConfigureSqlServer(options, sp.GetRequiredService<ModuleConnections<TContext>>().ConnectionString, schema);
            options.AddInterceptors(new OutboxSignalInterceptor(sp.GetRequiredService<OutboxSignal<TContext>>()));
            options.AddInterceptors(sp.GetServices<IModuleInterceptor<TContext>>());
            options.AddInterceptors(new RowVersionInterceptor());
        });
        services.AddScoped<TContext>(sp =>
            sp.GetRequiredService<IOptions<PersistenceOptions>>().Value.UsesSqlServer
                ? sp.GetRequiredService<TSqlServer>()
                : sp.GetRequiredService<TSqlite>());

        services.AddSingleton(new ModuleDatabase(moduleName, typeof(TContext)));
        services.AddSingleton<GroupCommit<TContext>>();
        services.AddSingleton<OutboxSignal<TContext>>();
        services.AddHostedService<OutboxDispatcher<TContext>>();
        services.AddHostedService<SqliteStatistics<TContext>>();
        services.AddHealthChecks().AddCheck<ModuleDatabaseHealthCheck<TContext>>($"{moduleName}-database", tags: ["ready"]);
        return services;
    }

    public static string SqliteConnectionString(string directory, string moduleName) =>
        $"Data Source={Path.Combine(directory, moduleName + ".db")};Pooling=True;Default Timeout=30";

    public static void ConfigureSqlite(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable(HistoryTable)).ConfigureWarnings(CallersLogFailures);

    public static void ConfigureSqlServer(DbContextOptionsBuilder options, string connectionString, string schema) =>
        options.UseSqlServer(connectionString, sql => sql.MigrationsHistoryTable(HistoryTable, schema)).ConfigureWarnings(CallersLogFailures);

    /// <summary>
    /// EF Core logs a failed command, transaction, save or query at Error with its stack, then throws, and the caller
    /// logs it again: the exception handler (a storage outage once, a 500 with its stack), a job or consumer its own
    /// failure. EF's copy goes to Information, or a full disk would write three stack traces per request.
    /// </summary>
    private static void CallersLogFailures(WarningsConfigurationBuilder warnings) => warnings.Log(
        (RelationalEventId.CommandError, LogLevel.Information),
        (RelationalEventId.TransactionError, LogLevel.Information),
        (RelationalEventId.ConnectionError, LogLevel.Information),
        (CoreEventId.SaveChangesFailed, LogLevel.Information),
        (CoreEventId.QueryIterationFailed, LogLevel.Information));
}
