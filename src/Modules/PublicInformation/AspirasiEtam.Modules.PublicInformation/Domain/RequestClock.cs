using System.Globalization;
using AspirasiEtam.Shared.Time;

namespace AspirasiEtam.Modules.PublicInformation.Domain;

/// <summary>
/// A national holiday or collective leave day, this module's copy of the calendar admins keep (seeded from the same
/// decree list, then kept in step by <c>HolidayAdded</c>/<c>HolidayRemoved</c> events).
/// </summary>
internal sealed class PpidHoliday
{
    private PpidHoliday()
    {
    }

    public DateOnly Date { get; private set; }

    /// <summary>national or collective_leave.</summary>
    public string Kind { get; private set; } = string.Empty;

    public string NameId { get; private set; } = string.Empty;

    public string NameEn { get; private set; } = string.Empty;

    public static PpidHoliday Create(DateOnly date, string kind, string nameId, string nameEn) =>
        new() { Date = date, Kind = kind, NameId = nameId, NameEn = nameEn };

    public void Rename(string kind, string nameId, string nameEn)
    {
        Kind = kind;
        NameId = nameId;
        NameEn = nameEn;
    }
}

/// <summary>A day a deadline skipped, and why (a weekend, or the holiday's name).</summary>
internal sealed record SkippedDay(DateOnly Date, string ReasonId, string ReasonEn);

/// <summary>A deadline and how it was counted: from which day, how many working days, which days it skipped.</summary>
internal sealed record CountedDeadline(DateOnly From, int WorkingDays, DateOnly Due, IReadOnlyList<SkippedDay> Skipped)
{
    public string ExplainId() =>
        $"{WorkingDays} hari kerja dihitung sejak hari berikutnya setelah {Day(From)}" +
        (Skipped.Count == 0 ? "." : "; dilewati: " + string.Join("; ", Skipped.Select(s => $"{Day(s.Date)} ({s.ReasonId})")) + ".");

    public string ExplainEn() =>
        $"{WorkingDays} working days counted from the day after {Day(From)}" +
        (Skipped.Count == 0 ? "." : "; skipped: " + string.Join("; ", Skipped.Select(s => $"{Day(s.Date)} ({s.ReasonEn})")) + ".");

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>
/// The legal clocks of UU 14/2008 on the working-day calendar (<see cref="WorkingDayCalendar"/>: the start day never
/// counts, weekends, national holidays and collective leave are skipped). A deadline ends with its last working day
/// in the province (WITA).
/// </summary>
internal sealed class RequestClock(IReadOnlyList<PpidHoliday> holidays)
{
    /// <summary>Pasal 22 ayat 7: the written notice within 10 working days of receipt.</summary>
    public const int NoticeDays = 10;

    /// <summary>Pasal 22 ayat 8: one extension of at most 7 working days, with written reasons.</summary>
    public const int ExtensionDays = 7;

    /// <summary>Pasal 36: an objection within 30 working days of the notice or of the missed deadline.</summary>
    public const int ObjectionDays = 30;

    /// <summary>Pasal 36 ayat 2: the Atasan PPID answers an objection within 30 working days.</summary>
    public const int ObjectionAnswerDays = 30;

    /// <summary>Pasal 37 ayat 2: the applicant may take the dispute to the Komisi Informasi within 14 working days.</summary>
    public const int CommissionDays = 14;

    /// <summary>Officers are reminded this many working days before a request falls due.</summary>
    public const int ReminderDays = 2;

    private readonly WorkingDayCalendar calendar = new(holidays.Select(h => h.Date));
    private readonly Dictionary<DateOnly, PpidHoliday> byDate = holidays.ToDictionary(h => h.Date);

    public CountedDeadline Count(DateOnly from, int workingDays) => Explain(from, calendar.AddWorkingDays(from, workingDays));

    /// <summary>
    /// How a due day already given was counted from <paramref name="from"/>: the working days between and the days
    /// skipped — on today's calendar, so a holiday entered after the due day was given shows among them while the
    /// working days counted say what it cost.
    /// </summary>
    public CountedDeadline Explain(DateOnly from, DateOnly due)
    {
        var skipped = new List<SkippedDay>();
        for (var day = from.AddDays(1); day < due; day = day.AddDays(1))
        {
            if (byDate.TryGetValue(day, out var holiday))
            {
                skipped.Add(new SkippedDay(day, holiday.NameId, holiday.NameEn));
            }
            else if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                skipped.Add(new SkippedDay(day, day.DayOfWeek == DayOfWeek.Saturday ? "Sabtu" : "Minggu", day.DayOfWeek.ToString()));
            }
        }

        return new CountedDeadline(from, WorkingDaysBetween(from, due), due, skipped);
    }

    /// <summary>Working days from <paramref name="from"/> (exclusive) to <paramref name="to"/> (inclusive); 0 when not after.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (calendar.IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The end of <paramref name="day"/> in the province, as UTC: when a deadline on that day has passed.</summary>
    public static DateTime EndOf(DateOnly day) =>
        new DateTimeOffset(day.ToDateTime(new TimeOnly(23, 59, 59)), WorkingDayCalendar.Wita).UtcDateTime;
}
