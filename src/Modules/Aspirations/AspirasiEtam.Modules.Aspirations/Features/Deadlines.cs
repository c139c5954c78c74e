using AspirasiEtam.Modules.Aspirations.Caching;
using AspirasiEtam.Shared.Time;
using Microsoft.Extensions.Options;

namespace AspirasiEtam.Modules.Aspirations.Features;

/// <summary>
/// The workflow's deadlines from now: the configured <see cref="Domain.WorkflowClocks"/> over the holiday calendar
/// admins maintain (read from <see cref="ReferenceData"/>).
/// </summary>
internal sealed class Deadlines(AspirationsDbContext context, ReferenceData referenceData, IOptions<AspirationsSettings> settings, TimeProvider clock)
{
    public DateTimeOffset Now => clock.GetUtcNow();

    public async Task<DateTime> VerificationDueAsync() => settings.Value.Clocks.VerificationDue(await CalendarAsync(), Now);

    public async Task<DateTime> FollowUpDueAsync() => settings.Value.Clocks.FollowUpDue(await CalendarAsync(), Now);

    public async Task<DateTime> ReplyWindowEndAsync() => settings.Value.Clocks.ReplyWindowEnd(await CalendarAsync(), Now);

    private Task<WorkingDayCalendar> CalendarAsync() => referenceData.CalendarAsync(context);
}
