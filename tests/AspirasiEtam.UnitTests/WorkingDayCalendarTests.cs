using AspirasiEtam.Shared.Time;

namespace AspirasiEtam.UnitTests;

public sealed class WorkingDayCalendarTests
{
    // 2026-12-25 is Christmas (Friday), 2026-12-24 collective leave (Thursday).
    private static readonly WorkingDayCalendar Calendar = new([new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 25)]);

    [Fact]
    public void Weekends_and_holidays_do_not_count()
    {
        Assert.Equal(new DateOnly(2026, 12, 28), Calendar.AddWorkingDays(new DateOnly(2026, 12, 22), 2));
        Assert.Equal(new DateOnly(2026, 12, 23), Calendar.AddWorkingDays(new DateOnly(2026, 12, 22), 1));
        Assert.Equal(new DateOnly(2026, 11, 30), Calendar.AddWorkingDays(new DateOnly(2026, 11, 27), 1));
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2026, 12, 25)));
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2026, 12, 26)));
    }

    [Fact]
    public void A_deadline_falls_at_the_end_of_its_last_working_day_in_wita()
    {
        // Submitted Friday 27 Nov 2026 at 23:30 WITA (15:30 UTC): 3 working days is Wednesday 2 Dec, 23:59:59 WITA.
        var submitted = new DateTimeOffset(2026, 11, 27, 15, 30, 0, TimeSpan.Zero);
        Assert.Equal(new DateTime(2026, 12, 2, 15, 59, 59, DateTimeKind.Utc), Calendar.DeadlineAfter(submitted, 3));

        // 16:30 UTC on the 27th is already Saturday the 28th in WITA: the count starts from Saturday.
        Assert.Equal(new DateTime(2026, 12, 2, 15, 59, 59, DateTimeKind.Utc), Calendar.DeadlineAfter(submitted.AddHours(1), 3));
    }

}
