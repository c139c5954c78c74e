using AspirasiEtam.Modules.Aspirations.Persistence;
using AspirasiEtam.Shared.Time;
using Microsoft.Extensions.Options;

namespace AspirasiEtam.Modules.Aspirations.Workflow;

/// <summary>The workflow's deadlines from the configured clocks and the holiday calendar admins maintain.</summary>
internal sealed class Deadlines(AspirationsDbContext context, ReferenceData referenceData, IOptions<AspirationsSettings> settings, TimeProvider clock)
{
    public DateTimeOffset Now => clock.GetUtcNow();

    public async Task<DateTime> VerificationDueAsync() => (await CalendarAsync()).DeadlineAfter(Now, settings.Value.VerificationDays);

    public async Task<DateTime> FollowUpDueAsync() => (await CalendarAsync()).DeadlineAfter(Now, settings.Value.FollowUpDays);

    public async Task<DateTime> ReplyWindowEndAsync() => (await CalendarAsync()).DeadlineAfter(Now, settings.Value.ReplyWindowDays);

    private Task<WorkingDayCalendar> CalendarAsync() => referenceData.CalendarAsync(context);
}
