using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AspirasiEtam.Shared.Persistence;

/// <summary>
/// Optimistic concurrency for aggregates, the same on SQLite and SQL Server: an integer <c>RowVersion</c> column is
/// the concurrency token, raised by one on every save that changes the aggregate — its own row or a row it owns (a
/// timeline entry, an attachment). Of two requests that loaded the same version, the second to save finds no row
/// with that version and fails with <see cref="DbUpdateConcurrencyException"/> (answered 409); nothing of it is
/// written, so a status check done in memory cannot be passed twice.
/// </summary>
public static class RowVersions
{
    public const string PropertyName = "RowVersion";

    public static EntityTypeBuilder<T> HasRowVersion<T>(this EntityTypeBuilder<T> entity)
        where T : class
    {
        entity.Property<int>(PropertyName).IsConcurrencyToken();
        return entity;
    }
}

/// <summary>Raises the row version of every aggregate a SaveChanges changes (registered last, so it sees every change).</summary>
internal sealed class RowVersionInterceptor : BeforeSaveInterceptor
{
    protected override void BeforeSave(DbContext context)
    {
        var entries = context.ChangeTracker.Entries().ToList();
        // Aggregates whose owned rows changed: (owner type, owner key) read from the owned rows' foreign keys.
        HashSet<(Type, object?)>? touched = null;
        foreach (var entry in entries)
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && entry.Metadata.FindOwnership() is { } ownership)
            {
                touched ??= [];
                touched.Add((ownership.PrincipalEntityType.ClrType, entry.Property(ownership.Properties[0].Name).CurrentValue));
            }
        }

        foreach (var entry in entries)
        {
            if (entry.Metadata.FindProperty(RowVersions.PropertyName) is null)
            {
                continue;
            }

            var changed = entry.State == EntityState.Modified
                || (entry.State == EntityState.Unchanged && touched is not null && touched.Contains((entry.Metadata.ClrType, KeyOf(entry))));
            if (changed)
            {
                var version = entry.Property(RowVersions.PropertyName);
                version.CurrentValue = (int)version.OriginalValue! + 1;
            }
        }
    }

    // Aggregates here have single-column keys; an owned row's foreign key holds the owner's key.
    private static object? KeyOf(EntityEntry entry) => entry.Property(entry.Metadata.FindPrimaryKey()!.Properties[0].Name).CurrentValue;
}
