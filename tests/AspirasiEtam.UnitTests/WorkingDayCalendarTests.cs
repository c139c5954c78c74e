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

    [Fact]
    public void Only_years_an_admin_confirmed_without_a_gap_from_this_year_count_as_covered()
    {
        var today = new DateOnly(2026, 11, 30);
        Assert.Equal(new DateOnly(2026, 12, 31), WorkingDayCalendar.CoveredUntil([2025, 2026], today));
        Assert.True(WorkingDayCalendar.RunsOutSoon([2025, 2026], today));

        // A holiday entered for 2027 covers nothing until the year is confirmed; a confirmed 2028 after a gap neither.
        Assert.True(WorkingDayCalendar.RunsOutSoon([2025, 2026, 2028], today));
        Assert.Equal(new DateOnly(2027, 12, 31), WorkingDayCalendar.CoveredUntil([2026, 2027], today));
        Assert.False(WorkingDayCalendar.RunsOutSoon([2026, 2027], today));
        Assert.Null(WorkingDayCalendar.CoveredUntil([2025, 2027], today));
    }
}
