namespace AspirasiEtam.Modules.PublicInformation.Persistence;

/// <summary>The few lookups every register use case needs, written once.</summary>
internal static class RegisterQueries
{
    public static async Task<PpidAgency> FindAgencyAsync(this PublicInformationDbContext context, Guid agencyId, CancellationToken cancellationToken) =>
        await context.Agencies.FindAsync([agencyId], cancellationToken)
        ?? throw new NotFoundException($"No agency {agencyId} is known to the PPID register. / OPD {agencyId} tidak dikenal register PPID.");

    /// <summary>The next free sequence of an agency's register in a year (a unique index catches two drafts taking the same one).</summary>
    public static async Task<int> NextSequenceAsync(this PublicInformationDbContext context, Guid agencyId, int year, CancellationToken cancellationToken) =>
        (await context.Entries.Where(e => e.AgencyId == agencyId && e.NumberYear == year).MaxAsync(e => (int?)e.Sequence, cancellationToken) ?? 0) + 1;

    /// <summary>
    /// Keeps the public row (and so the search index) in step with the entry, in the same save: a published entry has
    /// one, any other has none.
    /// </summary>
    public static async Task SyncPublicRowAsync(this PublicInformationDbContext context, InformationEntry entry, CancellationToken cancellationToken)
    {
        var row = await context.PublicEntries.SingleOrDefaultAsync(p => p.EntryId == entry.Id, cancellationToken);
        if (!entry.IsPublic)
        {
            if (row is not null)
            {
                context.PublicEntries.Remove(row);
            }

            return;
        }

        if (row is null)
        {
            row = PublicEntry.For(entry.Id);
            context.PublicEntries.Add(row);
        }

        row.CopyFrom(entry, await context.FindAgencyAsync(entry.AgencyId, cancellationToken));
    }

    /// <summary>
    /// The newest published berkala entry of each agency for each checklist item (what the scorecard and the freshness
    /// reminders judge): one read of the checklisted entries' narrow columns, the newest of each kept in memory.
    /// </summary>
    public static async Task<IReadOnlyList<ChecklistEntry>> LatestChecklistEntriesAsync(this PublicInformationDbContext context, CancellationToken cancellationToken) =>
        [.. (await context.Entries.AsNoTracking()
                .Where(e => e.Status == EntryStatus.Published && e.Category == InformationCategory.Berkala && e.ChecklistCode != null)
                .Select(e => new ChecklistEntry(e.Id, e.AgencyId, e.ChecklistCode!, e.Title, e.Number, e.UpdatedAt))
                .ToListAsync(cancellationToken))
            .GroupBy(e => (e.AgencyId, e.ChecklistCode))
            .Select(g => g.MaxBy(e => e.UpdatedAt)!)];
}

/// <summary>A published berkala entry as it answers for a checklist item.</summary>
internal sealed record ChecklistEntry(Guid Id, Guid AgencyId, string ChecklistCode, string Title, string Number, DateTime UpdatedAt);
