using AspirasiEtam.Shared.Contracts;
using AspirasiEtam.Shared.Messaging;
using Microsoft.EntityFrameworkCore;

namespace AspirasiEtam.Shared.Persistence;

/// <summary>
/// Base of every module's DbContext: its own schema on SQL Server, its own outbox and inbox tables.
/// Each module derives one abstract context and one sealed context per provider (docs/adr/0003).
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>The module's SQL Server schema (SQLite has none: each module has its own file instead).</summary>
    protected abstract string Schema { get; }

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    /// <summary>
    /// Queues an integration event in this module's outbox. It is stored by the same SaveChanges as the change
    /// that raised it, and published afterwards by the outbox dispatcher.
    /// </summary>
    public void Publish(IIntegrationEvent integrationEvent) => OutboxMessages.Add(OutboxMessage.From(integrationEvent));

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        if (Database.IsSqlServer())
        {
            modelBuilder.HasDefaultSchema(Schema);
        }

        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new InboxMessageConfiguration());
        base.OnModelCreating(modelBuilder);
    }
}
