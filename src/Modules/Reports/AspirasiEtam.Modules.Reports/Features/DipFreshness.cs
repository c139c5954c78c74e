namespace AspirasiEtam.Modules.Reports.Features;

/// <summary>
/// An agency's DIP freshness as the Public Information module's scorecard judges it (the same rule: an item is
/// published when a non-withdrawn entry answers for it, fresh while its latest update is under six months old; the
/// score is the mean of the published and the fresh shares), judged here from the register's events as of a time.
/// </summary>
internal static class DipFreshness
{
    public const int OverdueAfterMonths = 6;

    /// <summary>Each agency's score (0–100) as of <paramref name="asOf"/>; empty when the checklist has no item.</summary>
    public static async Task<IReadOnlyDictionary<Guid, int>> ScoresAsync(ReportsDbContext context, IEnumerable<Guid> agencies, DateTime asOf, CancellationToken cancellationToken)
    {
        var codes = (await context.DipChecklists.AsNoTracking().SingleOrDefaultAsync(cancellationToken))?.ActiveCodes.ToHashSet(StringComparer.Ordinal) ?? [];
        if (codes.Count == 0)
        {
            return new Dictionary<Guid, int>();
        }

        var withdrawn = await context.DipWithdrawals.AsNoTracking().Where(w => w.At <= asOf).ToDictionaryAsync(w => w.EntryId, w => w.At, cancellationToken);
        var updates = await context.DipUpdates.AsNoTracking().Where(u => u.At <= asOf)
            .Select(u => new { u.EntryId, u.AgencyId, u.ChecklistCode, u.At }).ToListAsync(cancellationToken);

        // Each entry as it stood then (its latest version, unless withdrawn after it), the newest entry of each agency
        // for each item.
        var latest = updates.GroupBy(u => u.EntryId).Select(g => g.MaxBy(u => u.At)!)
            .Where(u => !(withdrawn.TryGetValue(u.EntryId, out var at) && at >= u.At))
            .Where(u => u.ChecklistCode is { } code && codes.Contains(code))
            .GroupBy(u => (u.AgencyId, u.ChecklistCode))
            .Select(g => (Agency: g.Key.AgencyId, UpdatedAt: g.Max(u => u.At)))
            .ToLookup(i => i.Agency, i => i.UpdatedAt);

        return agencies.Distinct().ToDictionary(a => a, a =>
        {
            var published = latest[a].Count();
            var fresh = latest[a].Count(at => asOf < at.AddMonths(OverdueAfterMonths));
            return (int)Math.Round(100.0 * (published + fresh) / (2 * codes.Count));
        });
    }
}
