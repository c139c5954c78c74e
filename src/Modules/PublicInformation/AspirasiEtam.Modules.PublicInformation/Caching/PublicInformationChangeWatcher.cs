using AspirasiEtam.Modules.PublicInformation.Features.ReadPpidPage;
using AspirasiEtam.Modules.PublicInformation.Features.SearchRegister;
using AspirasiEtam.Shared.Caching;
using AspirasiEtam.Shared.Persistence;

namespace AspirasiEtam.Modules.PublicInformation.Caching;

/// <summary>
/// Drops this module's in-memory copies once a save that changed their source is committed: the register's facet
/// map when a public row or an agency (its name labels the facets) changed, the directory of agencies' published
/// pages when an agency or a page changed, the serta merta banners when an entry changed. All changes of the module
/// go through the change tracker.
/// </summary>
internal sealed class PublicInformationChangeWatcher(
    MemorySnapshot<FacetMap> facets, MemorySnapshot<PublishedPageDirectory> pages, MemorySnapshot<ActiveAnnouncements.Banners> announcements)
    : AfterCommitInterceptor<PublicInformationChangeWatcher.Changes>, IModuleInterceptor<PublicInformationDbContext>
{
    protected override Changes? Inspect(DbContext context)
    {
        var changes = new Changes();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            {
                changes.Register |= entry.Entity is PublicEntry or PpidAgency;
                changes.Pages |= entry.Entity is PpidAgency or PpidPage;
                changes.Entries |= entry.Entity is InformationEntry;
            }
        }

        return changes.Register || changes.Pages || changes.Entries ? changes : null;
    }

    protected override ValueTask CommittedAsync(Changes changes)
    {
        if (changes.Register)
        {
            facets.Invalidate();
        }

        if (changes.Pages)
        {
            pages.Invalidate();
        }

        if (changes.Entries)
        {
            announcements.Invalidate();
        }

        return ValueTask.CompletedTask;
    }

    internal sealed class Changes
    {
        public bool Register { get; set; }

        public bool Pages { get; set; }

        public bool Entries { get; set; }
    }
}
