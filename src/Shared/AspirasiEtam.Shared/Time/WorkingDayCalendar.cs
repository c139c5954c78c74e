namespace AspirasiEtam.Shared.Time;

/// <summary>
/// Legal deadlines count working days: not Saturdays, Sundays, national holidays or collective leave.
/// Dates are local to East Kalimantan (WITA, UTC+8); a deadline falls at the end of its last working day.
/// </summary>
public sealed class WorkingDayCalendar(IEnumerable<DateOnly> holidays)
{
    /// <summary>Waktu Indonesia Tengah, the province's time zone (no daylight saving).</summary>
    public static readonly TimeSpan Wita = TimeSpan.FromHours(8);

    private readonly HashSet<DateOnly> holidays = [.. holidays];

    public bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(date);

    /// <summary>The <paramref name="days"/>-th working day after <paramref name="start"/> (the start day itself never counts).</summary>
    public DateOnly AddWorkingDays(DateOnly start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var date = start;
        for (var counted = 0; counted < days;)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                counted++;
            }
        }

        return date;
    }

    /// <summary>How many working days come after <paramref name="start"/> up to and including <paramref name="end"/> (0 on the same day).</summary>
    public int WorkingDaysBetween(DateOnly start, DateOnly end)
    {
        var days = 0;
        for (var date = start.AddDays(1); date <= end; date = date.AddDays(1))
        {
            if (IsWorkingDay(date))
            {
                days++;
            }
        }

        return days;
    }

    /// <summary>The deadline, in UTC, <paramref name="days"/> working days after the moment <paramref name="from"/>: end of that day in WITA.</summary>
    public DateTime DeadlineAfter(DateTimeOffset from, int days)
    {
        var localDate = DateOnly.FromDateTime(from.ToOffset(Wita).DateTime);
        var lastDay = AddWorkingDays(localDate, days);
        var endOfDay = new DateTimeOffset(lastDay.ToDateTime(new TimeOnly(23, 59, 59)), Wita);
        return endOfDay.UtcDateTime;
    }

    /// <summary>
    /// Until when the calendar counts as complete: the end of the last year, from this one on without a gap, whose list
    /// an admin confirmed against the year's decree (SKB). One holiday entered for a year does not cover it — its
    /// collective leave may still be missing. Null when this year is not confirmed.
    /// </summary>
    public static DateOnly? CoveredUntil(IEnumerable<int> confirmedYears, DateOnly today)
    {
        var confirmed = confirmedYears.ToHashSet();
        var year = today.Year;
        if (!confirmed.Contains(year))
        {
            return null;
        }

        while (confirmed.Contains(year + 1))
        {
            year++;
        }

        return new DateOnly(year, 12, 31);
    }

    /// <summary>Whether the confirmed calendar fails to reach 60 days past <paramref name="today"/> (admins should confirm next year's).</summary>
    public static bool RunsOutSoon(IEnumerable<int> confirmedYears, DateOnly today) =>
        CoveredUntil(confirmedYears, today) is not { } until || until < today.AddDays(60);
}

/// <summary>How the portal shows times to people: in the province's time zone, WITA.</summary>
public static class LocalTime
{
    public static string Format(DateTime utc) =>
        Of(utc).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) + " WITA";

    /// <summary>A UTC time as the clock in the province reads it.</summary>
    public static DateTime Of(DateTime utc) =>
        new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToOffset(WorkingDayCalendar.Wita).DateTime;

    /// <summary>The date in the province at <paramref name="now"/>.</summary>
    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(now.ToOffset(WorkingDayCalendar.Wita).DateTime);

    /// <summary>A time typed in a form (the province's clock, no zone) as the instant it means.</summary>
    public static DateTimeOffset FromForm(DateTime local) => new(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), WorkingDayCalendar.Wita);
}

/// <summary>A national holiday or collective leave day as the joint ministerial decree (SKB 3 Menteri) lists it.</summary>
public sealed record DecreedHoliday(DateOnly Date, string Kind, string NameId, string NameEn);

/// <summary>
/// The decreed holidays shipped with the portal: what each module that counts working days starts its calendar from.
/// Admins then keep the calendar (the Aspirations module owns it and announces each change).
/// </summary>
public static class DecreedHolidays
{
    public static IReadOnlyList<DecreedHoliday> All { get; } =
        [.. Persistence.SeedCsv.ReadEmbedded(typeof(DecreedHolidays).Assembly, "holidays.csv")
            .Select(r => new DecreedHoliday(DateOnly.Parse(r["date"], System.Globalization.CultureInfo.InvariantCulture), r["kind"], r["name_id"], r["name_en"]))];
}
