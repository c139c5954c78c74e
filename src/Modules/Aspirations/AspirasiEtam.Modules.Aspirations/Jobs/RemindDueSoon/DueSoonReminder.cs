using AspirasiEtam.Modules.Aspirations.Caching;
using AspirasiEtam.Modules.Aspirations.Notifications;
using AspirasiEtam.Shared.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AspirasiEtam.Modules.Aspirations.Jobs.RemindDueSoon;

/// <summary>
/// Warns the officers of the agency handling a report when its follow-up deadline (or the target date the agency
/// set) is <see cref="WorkingDaysAhead"/> working days away or less: once per deadline, so a moved target warns again.
/// </summary>
internal sealed class DueSoonReminder(IServiceScopeFactory scopes, IOptions<AspirationsSettings> settings, TimeProvider clock, ILogger<DueSoonReminder> logger)
    : PeriodicJob(clock, logger)
{
    public const int WorkingDaysAhead = 2;

    protected override TimeSpan Interval => settings.Value.CloseCheckInterval;

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => RemindAsync(cancellationToken);

    /// <summary>Returns how many reports it warned of.</summary>
    internal async Task<int> RemindAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<AspirationsDbContext>();
        var calendar = await scope.ServiceProvider.GetRequiredService<ReferenceData>().CalendarAsync(cancellationToken);
        var now = Clock.GetUtcNow();
        var nowUtc = now.UtcDateTime;
        var horizon = calendar.DeadlineAfter(now, WorkingDaysAhead);
        var soon = await context.Submissions
            .Where(s => s.Status == SubmissionStatus.Dispatched && s.AgencyId != null && s.DueAt > nowUtc && s.DueAt <= horizon)
            .Where(s => !context.StaffNotices.Any(n => n.SubmissionId == s.Id && n.Kind == StaffNoticeKind.DueSoon && n.DueAt == s.DueAt))
            .OrderBy(s => s.DueAt)
            .Take(500)
            .ToListAsync(cancellationToken);
        if (soon.Count == 0)
        {
            return 0;
        }

        await scope.ServiceProvider.GetRequiredService<StaffNotifier>().NotifyAsync(context, soon, StaffNoticeKind.DueSoon, now, cancellationToken);
        await context.SaveChangesAsync(cancellationToken);
        return soon.Count;
    }
}
