using AspirasiEtam.Shared.Caching;
using AspirasiEtam.Shared.Time;
using Microsoft.Extensions.DependencyInjection;

namespace AspirasiEtam.Modules.Aspirations.Caching;

/// <summary>
/// The small, rarely changed tables every intake reads — the holiday calendar, the categories and which agency
/// answers for each — held in memory (<see cref="MemorySnapshot{T}"/>) instead of read three times per submission.
/// <see cref="AspirationsChangeWatcher"/> drops the copy when this process commits a change to any of them; the copy
/// is also reloaded once older than <see cref="MaxAge"/>, so another instance's change (several hosts on one SQL
/// Server) shows within that time.
/// </summary>
internal sealed class ReferenceData(MemorySnapshot<ReferenceData.Snapshot> snapshot)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    public async Task<WorkingDayCalendar> CalendarAsync(CancellationToken cancellationToken = default) =>
        (await snapshot.GetAsync(cancellationToken)).Calendar;

    public async Task<Category?> ActiveCategoryAsync(string? code, CancellationToken cancellationToken = default) =>
        code is not null && (await snapshot.GetAsync(cancellationToken)).Categories.TryGetValue(code, out var category) ? category : null;

    /// <summary>The active agency that answers for the category (the first by name), to suggest at dispatch.</summary>
    public async Task<Guid?> SuggestedAgencyAsync(string categoryCode, CancellationToken cancellationToken = default) =>
        (await snapshot.GetAsync(cancellationToken)).Suggestions.TryGetValue(categoryCode, out var agencyId) ? agencyId : null;

    public void Invalidate() => snapshot.Invalidate();

    public static async Task<Snapshot> LoadAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var context = services.GetRequiredService<AspirationsDbContext>();
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

        return new Snapshot(new WorkingDayCalendar(holidays), categories, suggestions);
    }

    internal sealed record Snapshot(WorkingDayCalendar Calendar, Dictionary<string, Category> Categories, Dictionary<string, Guid> Suggestions);
}
