using AspirasiEtam.Shared.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace AspirasiEtam.Shared.Persistence;

/// <summary>
/// What every module database has: its own outbox and inbox tables (and, on SQL Server, its own schema).
/// Most modules derive <see cref="ModuleDbContext"/>; a context that must derive another base (ASP.NET Core
/// Identity's) implements this and calls <see cref="ModuleModel.Configure"/>.
/// </summary>
public interface IModuleDbContext
{
    DbSet<OutboxMessage> OutboxMessages { get; }

    DbSet<InboxMessage> InboxMessages { get; }
}

/// <summary>
/// Base of a module's DbContext. Each module derives one abstract context and one sealed context per
/// provider (docs/adr/0003).
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options), IModuleDbContext
{
    /// <summary>The module's SQL Server schema (SQLite has none: each module has its own file instead).</summary>
    protected abstract string Schema { get; }

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ModuleModel.Configure(modelBuilder, Database, Schema);
        base.OnModelCreating(modelBuilder);
    }
}

public static class ModuleModel
{
    /// <summary>The schema (SQL Server only) and the outbox and inbox tables of a module database.</summary>
    public static void Configure(ModelBuilder modelBuilder, DatabaseFacade database, string schema)
    {
        if (database.IsSqlServer())
        {
            modelBuilder.HasDefaultSchema(schema);
        }

        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new InboxMessageConfiguration());
    }
}
