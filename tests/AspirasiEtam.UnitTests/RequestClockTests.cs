using AspirasiEtam.Modules.PublicInformation.Domain;
using AspirasiEtam.Shared.Time;

namespace AspirasiEtam.UnitTests;

/// <summary>The legal clocks of information requests on the decreed 2026 calendar (Nyepi, Idul Fitri and its collective leave, Easter).</summary>
public sealed class RequestClockTests
{
    private static readonly RequestClock Clock = new([.. DecreedHolidays.All.Select(h => PpidHoliday.Create(h.Date, h.Kind, h.NameId, h.NameEn))]);

    [Fact]
    public void Ten_working_days_from_before_Idul_Fitri_skip_its_collective_leave_the_weekend_and_Good_Friday()
    {
        // Received Tuesday 17 March 2026. Skipped: 18 (Nyepi leave), 19 (Nyepi), 20 (Idul Fitri leave), 21-22 (Idul Fitri, a
        // weekend), 23-24 (leave), 28-29 (weekend), 3 April (Good Friday), 4-5 April (weekend, Easter).
        // Counted: 25, 26, 27, 30, 31 March, 1, 2, 6, 7, 8 April.
        var due = Clock.Count(new DateOnly(2026, 3, 17), RequestClock.NoticeDays);

        Assert.Equal(new DateOnly(2026, 4, 8), due.Due);
        Assert.Equal(
            [new(2026, 3, 18), new(2026, 3, 19), new(2026, 3, 20), new(2026, 3, 21), new(2026, 3, 22), new(2026, 3, 23), new(2026, 3, 24), new(2026, 3, 28),
             new(2026, 3, 29), new(2026, 4, 3), new(2026, 4, 4), new(2026, 4, 5)],
            due.Skipped.Select(s => s.Date).ToArray<DateOnly>());
        Assert.Equal("Idul Fitri 1447 H", due.Skipped.Single(s => s.Date == new DateOnly(2026, 3, 21)).ReasonId);
        Assert.Equal("Minggu", due.Skipped.Single(s => s.Date == new DateOnly(2026, 3, 29)).ReasonId);
        Assert.Contains("2026-03-23 (Cuti Bersama Idul Fitri)", due.ExplainId(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_request_filed_on_a_holiday_or_a_weekend_counts_from_the_next_working_day()
    {
        // Filed on Idul Fitri (Saturday 21 March): the first counted day is Wednesday 25 March, as for a request filed on the 24th.
        Assert.Equal(Clock.Count(new DateOnly(2026, 3, 24), 10).Due, Clock.Count(new DateOnly(2026, 3, 21), 10).Due);
        Assert.Equal(new DateOnly(2026, 4, 8), Clock.Count(new DateOnly(2026, 3, 21), 10).Due);

        // Filed on Saturday 7 November 2026: Monday 9 is day one, Friday 20 is day ten.
        Assert.Equal(new DateOnly(2026, 11, 20), Clock.Count(new DateOnly(2026, 11, 7), 10).Due);
    }

    [Fact]
    public void The_one_extension_adds_seven_working_days_to_the_first_deadline()
    {
        var first = Clock.Count(new DateOnly(2026, 3, 17), RequestClock.NoticeDays).Due;
        var extended = Clock.Count(first, RequestClock.ExtensionDays).Due;

        // From Wednesday 8 April: 9, 10, 13, 14, 15, 16, 17 April.
        Assert.Equal(new DateOnly(2026, 4, 17), extended);
        Assert.Equal(extended, Clock.Count(new DateOnly(2026, 3, 17), RequestClock.NoticeDays + RequestClock.ExtensionDays).Due);
        Assert.Equal(17, Clock.WorkingDaysBetween(new DateOnly(2026, 3, 17), extended));
    }

    [Fact]
    public void A_deadline_ends_at_the_end_of_its_day_in_the_province()
    {
        Assert.Equal(new DateTime(2026, 4, 8, 15, 59, 59, DateTimeKind.Utc), RequestClock.EndOf(new DateOnly(2026, 4, 8)));
    }
}
