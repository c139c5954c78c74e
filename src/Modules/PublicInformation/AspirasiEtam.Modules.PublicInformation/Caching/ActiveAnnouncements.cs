using Microsoft.Extensions.DependencyInjection;

namespace AspirasiEtam.Modules.PublicInformation.Caching;

/// <summary>
/// The serta merta announcements on every public page, from memory: read from the database at most every 30 seconds
/// and at once after this process announces, withdraws or exempts an announced entry (<see cref="Invalidate"/>).
/// </summary>
internal sealed class ActiveAnnouncements(IServiceScopeFactory scopes, TimeProvider clock) : ISiteBannerSource
{
    private static readonly TimeSpan Freshness = TimeSpan.FromSeconds(30);

    private (DateTimeOffset LoadedAt, IReadOnlyList<SiteBanner> Banners)? current;

    public void Invalidate() => current = null;

    public async ValueTask<IReadOnlyList<SiteBanner>> CurrentAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (current is { } cached && now - cached.LoadedAt < Freshness)
        {
            return cached.Banners.Where(b => b.Until > now).ToList();
        }

        using var scope = scopes.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<PublicInformationDbContext>();
        var utc = now.UtcDateTime;
        var rows = await context.Entries.AsNoTracking()
            .Where(e => e.Status == EntryStatus.Published && e.AnnouncedUntil > utc)
            .OrderByDescending(e => e.AnnouncedUntil).Take(3)
            .Select(e => new { e.Id, e.Title, e.Summary, e.AnnouncedUntil })
            .ToListAsync(cancellationToken);
        var banners = rows.Select(r => new SiteBanner(r.Title, r.Summary.Length > 200 ? r.Summary[..200] + "…" : r.Summary, $"/ppid/informasi/{r.Id}",
            new DateTimeOffset(DateTime.SpecifyKind(r.AnnouncedUntil!.Value, DateTimeKind.Utc)))).ToList();
        current = (now, banners);
        return banners;
    }
}
