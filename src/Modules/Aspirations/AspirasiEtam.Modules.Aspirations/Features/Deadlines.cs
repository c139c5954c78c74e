using AspirasiEtam.Modules.Aspirations.Caching;
using AspirasiEtam.Shared.Time;
using Microsoft.Extensions.Options;

namespace AspirasiEtam.Modules.Aspirations.Features;

/// <summary>
/// The workflow's deadlines from now: the configured <see cref="Domain.WorkflowClocks"/> over the holiday calendar
/// admins maintain (read from <see cref="ReferenceData"/>).
/// </summary>
internal sealed class Deadlines(ReferenceData referenceData, IOptions<AspirationsSettings> settings, TimeProvider clock)
{
    public DateTimeOffset Now => clock.GetUtcNow();

    public async Task<DateTime> VerificationDueAsync() => settings.Value.Clocks.VerificationDue(await CalendarAsync(), Now);

    public async Task<DateTime> FollowUpDueAsync() => settings.Value.Clocks.FollowUpDue(await CalendarAsync(), Now);

    public async Task<DateTime> ReplyWindowEndAsync() => settings.Value.Clocks.ReplyWindowEnd(await CalendarAsync(), Now);

    /// <summary>Working days from <paramref name="fromUtc"/> to now, in the province's dates (0 on the same day).</summary>
    public async Task<int> WorkingDaysSinceAsync(DateTime fromUtc) =>
        (await CalendarAsync()).WorkingDaysBetween(LocalTime.Today(new DateTimeOffset(DateTime.SpecifyKind(fromUtc, DateTimeKind.Utc))), LocalTime.Today(Now));

    private Task<WorkingDayCalendar> CalendarAsync() => referenceData.CalendarAsync();
}
