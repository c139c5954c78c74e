using AspirasiEtam.Shared.Time;

namespace AspirasiEtam.Modules.Aspirations.Domain;

/// <summary>
/// The workflow's clocks in working days (configurable; defaults from SP4N-LAPOR!): PPID Utama verifies within
/// <see cref="VerificationDays"/>, the agency follows up within <see cref="FollowUpDays"/>, and the reporter may reply
/// to or reopen a response within <see cref="ReplyWindowDays"/>. Each deadline ends with the last of those working days.
/// </summary>
internal sealed record WorkflowClocks(int VerificationDays, int FollowUpDays, int ReplyWindowDays)
{
    public DateTime VerificationDue(WorkingDayCalendar calendar, DateTimeOffset from) => calendar.DeadlineAfter(from, VerificationDays);

    public DateTime FollowUpDue(WorkingDayCalendar calendar, DateTimeOffset from) => calendar.DeadlineAfter(from, FollowUpDays);

    public DateTime ReplyWindowEnd(WorkingDayCalendar calendar, DateTimeOffset from) => calendar.DeadlineAfter(from, ReplyWindowDays);
}
