using AspirasiEtam.Shared.Time;

namespace AspirasiEtam.Modules.Reports.Domain;

/// <summary>
/// One agency's figures for one month (in the province's time), recounted from the facts whenever a fact of that
/// month changed (<see cref="PendingFigure"/>): the cards of a month, a quarter or a year add these rows up, so a page
/// reads at most a few hundred rows however many aspirations there are. The row of <see cref="Guid.Empty"/> holds
/// what belongs to no agency yet (reports received by PPID Utama).
/// </summary>
internal sealed class AgencyMonth
{
    private AgencyMonth()
    {
    }

    public AgencyMonth(Guid agencyId, int month)
    {
        AgencyId = agencyId;
        Month = month;
    }

    public Guid AgencyId { get; private set; }

    /// <summary>yyyymm.</summary>
    public int Month { get; private set; }

    public int Submitted { get; set; }

    public int Received { get; set; }

    public int Answered { get; set; }

    public int AnsweredOnTime { get; set; }

    /// <summary>Answers by working days taken, "days:count" pairs separated by spaces, for medians over any period.</summary>
    public string AnswerDays { get; set; } = string.Empty;

    public int Reopened { get; set; }

    public int Ratings { get; set; }

    public int RatingSum { get; set; }

    public int RequestsReceived { get; set; }

    public int RequestsDecided { get; set; }

    public int RequestsOnTime { get; set; }

    public int RequestsGranted { get; set; }

    public int RequestsGrantedInPart { get; set; }

    public int RequestsRefused { get; set; }

    public int RequestsNotHeld { get; set; }

    public int ObjectionsFiled { get; set; }

    public int ObjectionsUpheld { get; set; }

    public void Clear()
    {
        Submitted = Received = Answered = AnsweredOnTime = Reopened = Ratings = RatingSum = 0;
        RequestsReceived = RequestsDecided = RequestsOnTime = RequestsGranted = RequestsGrantedInPart = RequestsRefused = RequestsNotHeld = 0;
        ObjectionsFiled = ObjectionsUpheld = 0;
        AnswerDays = string.Empty;
    }

    public bool IsEmpty =>
        Submitted + Received + Answered + Reopened + Ratings + RequestsReceived + RequestsDecided + ObjectionsFiled + ObjectionsUpheld == 0;
}

/// <summary>
/// An agency's month whose figures a changed fact touches, written with the change (<see cref="Guid.Empty"/>: the
/// reports received by PPID Utama); the figure refresher recounts that agency's month and stamps the row, which is
/// kept an hour so the delay from an event to its figure can be read.
/// </summary>
internal sealed class PendingFigure
{
    private PendingFigure()
    {
    }

    public PendingFigure(Guid agencyId, int month, DateTimeOffset eventAt)
    {
        AgencyId = agencyId;
        Month = month;
        EventAt = eventAt.UtcDateTime;
    }

    public long Id { get; private set; }

    public Guid AgencyId { get; private set; }

    public int Month { get; private set; }

    /// <summary>When the change happened at its source (the event's time).</summary>
    public DateTime EventAt { get; private set; }

    /// <summary>When the refresher recounted the month (stamped with one statement, FigureRefresher).</summary>
    public DateTime? RefreshedAt { get; private set; }
}

/// <summary>Months as the figures count them: yyyymm in the province's time (WITA).</summary>
internal static class FigureMonth
{
    public static int Of(DateTime utc)
    {
        var local = LocalTime.Of(utc);
        return (local.Year * 100) + local.Month;
    }

    public static int Of(int year, int month) => (year * 100) + month;

    /// <summary>The agency's months of the given times (none without an agency).</summary>
    public static IEnumerable<(Guid Agency, int Month)> Of(Guid? agency, params DateTime?[] times) =>
        agency is { } id ? times.OfType<DateTime>().Select(t => (id, Of(t))) : [];

    /// <summary>The month's first instant and the next month's, in UTC.</summary>
    public static (DateTime From, DateTime To) Range(int month)
    {
        var start = new DateTimeOffset(month / 100, month % 100, 1, 0, 0, 0, WorkingDayCalendar.Wita);
        return (start.UtcDateTime, start.AddMonths(1).UtcDateTime);
    }

    public static int Add(int month, int months)
    {
        var start = new DateTime(month / 100, month % 100, 1).AddMonths(months);
        return Of(start.Year, start.Month);
    }
}

/// <summary>Answers counted by working days taken, kept as "days:count" pairs so medians add up over any period.</summary>
internal static class AnswerDays
{
    public static string Format(IReadOnlyDictionary<int, int> counts) =>
        string.Join(' ', counts.Where(c => c.Value > 0).OrderBy(c => c.Key).Select(c => $"{c.Key}:{c.Value}"));

    public static IEnumerable<(int Days, int Count)> Parse(string text)
    {
        foreach (var pair in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = pair.IndexOf(':', StringComparison.Ordinal);
            yield return (int.Parse(pair.AsSpan(0, colon), System.Globalization.CultureInfo.InvariantCulture), int.Parse(pair.AsSpan(colon + 1), System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
