using AspirasiEtam.Shared.Time;

namespace AspirasiEtam.Modules.Aspirations.Caching;

/// <summary>
/// The small, rarely changed tables every intake reads — the holiday calendar, the categories and which agency
/// answers for each — held in memory instead of read three times per submission. <see cref="AspirationsChangeWatcher"/>
/// drops the copy when this process saves a change to any of them; the copy also expires after
/// <see cref="MaxAge"/>, so another instance's change (several hosts on one SQL Server) shows within that time.
/// </summary>
internal sealed class ReferenceData(TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private readonly Lock gate = new();
    private Snapshot? current;
    private long version;

    public async Task<WorkingDayCalendar> CalendarAsync(AspirationsDbContext context, CancellationToken cancellationToken = default) =>
        (await GetAsync(context, cancellationToken)).Calendar;

    public async Task<Category?> ActiveCategoryAsync(AspirationsDbContext context, string? code, CancellationToken cancellationToken = default) =>
        code is not null && (await GetAsync(context, cancellationToken)).Categories.TryGetValue(code, out var category) ? category : null;

    /// <summary>The active agency that answers for the category (the first by name), to suggest at dispatch.</summary>
    public async Task<Guid?> SuggestedAgencyAsync(AspirationsDbContext context, string categoryCode, CancellationToken cancellationToken = default) =>
        (await GetAsync(context, cancellationToken)).Suggestions.TryGetValue(categoryCode, out var agencyId) ? agencyId : null;

    public void Invalidate()
    {
        lock (gate)
        {
            version++;
            current = null;
        }
    }

    private async Task<Snapshot> GetAsync(AspirationsDbContext context, CancellationToken cancellationToken)
    {
        var snapshot = Volatile.Read(ref current);
        var now = clock.GetUtcNow();
        if (snapshot is not null && now - snapshot.LoadedAt < MaxAge)
        {
            return snapshot;
        }

        // Loaded outside any lock: two requests may both load once, which is cheaper than making all wait.
        long seen;
        lock (gate)
        {
            seen = version;
        }

        var holidays = await context.Holidays.AsNoTracking().Select(h => h.Date).ToListAsync(cancellationToken);
        var categories = await context.Categories.AsNoTracking().Where(c => c.IsActive).ToDictionaryAsync(c => c.Code, StringComparer.Ordinal, cancellationToken);
        var agencies = await context.DispatchAgencies.AsNoTracking().Where(a => a.IsActive).OrderBy(a => a.Name).ToListAsync(cancellationToken);
        var suggestions = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var agency in agencies)
        {
            foreach (var category in agency.Categories)
            {
                suggestions.TryAdd(category, agency.Id);
            }
        }

        snapshot = new Snapshot(new WorkingDayCalendar(holidays), categories, suggestions, now);

        // A change saved while this one loaded may be missing from it: serve it to this caller, keep it for none.
        lock (gate)
        {
            if (version == seen)
            {
                current = snapshot;
            }
        }

        return snapshot;
    }

    private sealed record Snapshot(WorkingDayCalendar Calendar, Dictionary<string, Category> Categories, Dictionary<string, Guid> Suggestions, DateTimeOffset LoadedAt);
}
