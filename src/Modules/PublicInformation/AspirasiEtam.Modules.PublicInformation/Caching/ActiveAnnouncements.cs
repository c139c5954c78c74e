using AspirasiEtam.Shared.Caching;
using Microsoft.Extensions.DependencyInjection;

namespace AspirasiEtam.Modules.PublicInformation.Caching;

/// <summary>
/// The serta merta announcements on every public page, from memory (<see cref="MemorySnapshot{T}"/>): read from the
/// database at most every 30 seconds, and again as soon as this process commits a change to an entry
/// (<see cref="PublicInformationChangeWatcher"/>): announced, withdrawn or declared exempt.
/// </summary>
internal sealed class ActiveAnnouncements(MemorySnapshot<ActiveAnnouncements.Banners> snapshot, TimeProvider clock) : ISiteBannerSource
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    public async ValueTask<IReadOnlyList<SiteBanner>> CurrentAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return [.. (await snapshot.GetAsync(cancellationToken)).List.Where(b => b.Until > now)];
    }

    public static async Task<Banners> LoadAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var context = services.GetRequiredService<PublicInformationDbContext>();
        var utc = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var rows = await context.Entries.AsNoTracking()
            .Where(e => e.Status == EntryStatus.Published && e.AnnouncedUntil > utc)
            .OrderByDescending(e => e.AnnouncedUntil).Take(3)
            .Select(e => new { e.Id, e.Title, e.Summary, e.AnnouncedUntil })
            .ToListAsync(cancellationToken);
        return new Banners([.. rows.Select(r => new SiteBanner(r.Title, r.Summary.Length > 200 ? r.Summary[..200] + "…" : r.Summary, $"/ppid/informasi/{r.Id}",
            new DateTimeOffset(DateTime.SpecifyKind(r.AnnouncedUntil!.Value, DateTimeKind.Utc))))]);
    }

    internal sealed record Banners(IReadOnlyList<SiteBanner> List);
}
