using AspirasiEtam.Shared.Time;

namespace AspirasiEtam.Modules.Aspirations.Features;

/// <summary>
/// When admins change the holiday calendar, the deadlines still running are counted again from when their step began
/// (<see cref="Submission.Recount"/>), in the same save as the change. Deadlines set before steps recorded when they
/// began (<see cref="Submission.DueFrom"/>) keep theirs.
/// </summary>
internal static class OpenDeadlines
{
    public static async Task RecountAsync(AspirationsDbContext context, WorkflowClocks clocks, IEnumerable<DateOnly> calendar, CancellationToken cancellationToken)
    {
        var workingDays = new WorkingDayCalendar(calendar);
        foreach (var submission in await context.Submissions.Where(s => s.DueAt != null && s.DueFrom != null).ToListAsync(cancellationToken))
        {
            submission.Recount(clocks, workingDays);
        }
    }
}
