using System.Runtime.CompilerServices;
using AspirasiEtam.Shared.Persistence;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AspirasiEtam.Modules.Aspirations.Caching;

/// <summary>
/// Watches what each save of this module changes and, once it is committed, drops what this process keeps in
/// memory about it: the reference data when a holiday, category or agency changed; the cached public responses
/// (feed, counts, the tracking view of each changed report) when a submission changed. All changes of the module
/// go through the change tracker (no bulk updates), so none escapes it.
/// </summary>
internal sealed class AspirationsChangeWatcher(ReferenceData referenceData, IOutputCacheStore cache)
    : SaveChangesInterceptor, IModuleInterceptor<AspirationsDbContext>
{
    private static readonly ConditionalWeakTable<DbContext, Changes> Pending = new();

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Inspect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Inspect(eventData.Context);
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await ApplyAsync(eventData.Context);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        ApplyAsync(eventData.Context).AsTask().GetAwaiter().GetResult();
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private static void Inspect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        // Interceptors run before SaveChanges detects changes itself; Entries() detects them, once.
        var changes = new Changes();
        var changedOwners = new HashSet<Guid>();
        var submissions = new List<(Submission Submission, bool Changed)>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            var changed = entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted;
            if (entry.Entity is Submission submission)
            {
                submissions.Add((submission, changed));
            }

            if (!changed)
            {
                continue;
            }

            changes.Reference |= entry.Entity is Holiday or Category or DispatchAgency;
            if (entry.Metadata.FindOwnership() is { } ownership && ownership.PrincipalEntityType.ClrType == typeof(Submission)
                && entry.Property(ownership.Properties[0].Name).CurrentValue is Guid ownerId)
            {
                changedOwners.Add(ownerId);
            }
        }

        foreach (var (submission, changed) in submissions)
        {
            if (changed || changedOwners.Contains(submission.Id))
            {
                changes.TrackingCodes.Add(submission.TrackingCode);
            }
        }

        if (changes.Reference || changes.TrackingCodes.Count > 0)
        {
            Pending.AddOrUpdate(context, changes);
        }
    }

    // After the commit, not before: a read between an early eviction and the commit would cache the old state.
    private async ValueTask ApplyAsync(DbContext? context)
    {
        if (context is null || !Pending.TryGetValue(context, out var changes) || !Pending.Remove(context))
        {
            return;
        }

        if (changes.Reference)
        {
            referenceData.Invalidate();
            await cache.EvictByTagAsync(PublicCache.ReferenceTag, CancellationToken.None);
        }

        if (changes.TrackingCodes.Count > 0)
        {
            await cache.EvictByTagAsync(PublicCache.FeedTag, CancellationToken.None);
            foreach (var code in changes.TrackingCodes)
            {
                await cache.EvictByTagAsync(PublicCache.TrackingTag(code), CancellationToken.None);
            }
        }
    }

    private static void Forget(DbContext? context)
    {
        if (context is not null)
        {
            Pending.Remove(context);
        }
    }

    private sealed class Changes
    {
        public bool Reference { get; set; }

        public HashSet<string> TrackingCodes { get; } = new(StringComparer.Ordinal);
    }
}
