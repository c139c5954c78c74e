using AspirasiEtam.Shared.Persistence;
using Microsoft.AspNetCore.OutputCaching;

namespace AspirasiEtam.Modules.Aspirations.Caching;

/// <summary>
/// Watches what each save of this module changes and, once it is committed, drops what this process keeps in
/// memory about it: the reference data when a holiday, category or agency changed; the cached public responses
/// (feed, counts, the tracking view of each changed report) when a submission changed. All changes of the module
/// go through the change tracker (no bulk updates), so none escapes it.
/// </summary>
internal sealed class AspirationsChangeWatcher(ReferenceData referenceData, IOutputCacheStore cache)
    : AfterCommitInterceptor<AspirationsChangeWatcher.Changes>, IModuleInterceptor<AspirationsDbContext>
{
    protected override Changes? Inspect(DbContext context)
    {
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

        return changes.Reference || changes.TrackingCodes.Count > 0 ? changes : null;
    }

    protected override async ValueTask CommittedAsync(Changes changes)
    {
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

    internal sealed class Changes
    {
        public bool Reference { get; set; }

        public HashSet<string> TrackingCodes { get; } = new(StringComparer.Ordinal);
    }
}
