using AspirasiEtam.Shared.Time;

namespace AspirasiEtam.Modules.Reports.Features;

/// <summary>
/// One way to turn the monthly figures (<see cref="AgencyMonth"/>) into a card for any period and any set of
/// agencies — the province's cards, an agency's months, the open data and the leader's report all use it.
/// </summary>
internal static class CardFigures
{
    public static Task<List<AgencyMonth>> MonthsAsync(ReportsDbContext context, int first, int last, CancellationToken cancellationToken) =>
        context.Months.AsNoTracking().Where(m => m.Month >= first && m.Month <= last).ToListAsync(cancellationToken);

    /// <summary>The card of <paramref name="rows"/> added up (the province's when they are every agency's).</summary>
    public static Card Of(IEnumerable<AgencyMonth> rows)
    {
        var list = rows.Where(r => r.AgencyId != Guid.Empty).ToList();
        var days = new SortedDictionary<int, int>();
        foreach (var (d, count) in list.SelectMany(r => AnswerDays.Parse(r.AnswerDays)))
        {
            days[d] = days.GetValueOrDefault(d) + count;
        }

        var answered = list.Sum(r => r.Answered);
        var onTime = list.Sum(r => r.AnsweredOnTime);
        var reopened = list.Sum(r => r.Reopened);
        var ratings = list.Sum(r => r.Ratings);
        var decided = list.Sum(r => r.RequestsDecided);
        var decidedOnTime = list.Sum(r => r.RequestsOnTime);
        return new Card(
            list.Sum(r => r.Received), answered, onTime, Percent(onTime, answered), Rank(days, 0.5), Rank(days, 0.9),
            reopened, Percent(reopened, answered), ratings, ratings == 0 ? null : Math.Round((double)list.Sum(r => r.RatingSum) / ratings, 2),
            new RequestFigures(
                list.Sum(r => r.RequestsReceived), decided, decidedOnTime, Percent(decidedOnTime, decided), list.Sum(r => r.RequestsGranted),
                list.Sum(r => r.RequestsGrantedInPart), list.Sum(r => r.RequestsRefused), list.Sum(r => r.RequestsNotHeld),
                list.Sum(r => r.ObjectionsFiled), list.Sum(r => r.ObjectionsUpheld)));
    }

    /// <summary>Reports received by PPID Utama in <paramref name="rows"/>' months (they belong to no agency yet).</summary>
    public static int Submitted(IEnumerable<AgencyMonth> rows) => rows.Where(r => r.AgencyId == Guid.Empty).Sum(r => r.Submitted);

    /// <summary>Month by month for the 12 months ending with <paramref name="last"/>, of the rows <paramref name="mine"/> admits.</summary>
    public static async Task<List<MonthCard>> TrendAsync(ReportsDbContext context, int last, Func<AgencyMonth, bool> mine, CancellationToken cancellationToken)
    {
        var first = FigureMonth.Add(last, 1 - TrendMonths);
        var rows = await MonthsAsync(context, first, last, cancellationToken);
        return Enumerable.Range(0, TrendMonths).Select(i => FigureMonth.Add(first, i))
            .Select(m => new MonthCard(m / 100, m % 100, Of(rows.Where(r => r.Month == m && mine(r))), Submitted(rows.Where(r => r.Month == m))))
            .ToList();
    }

    public const int TrendMonths = 12;

    private static double? Percent(int part, int whole) => whole == 0 ? null : Math.Round(100.0 * part / whole, 1);

    /// <summary>The nearest-rank percentile of counted values (null when there are none).</summary>
    private static int? Rank(SortedDictionary<int, int> counts, double percentile)
    {
        var total = counts.Values.Sum();
        if (total == 0)
        {
            return null;
        }

        var rank = Math.Max(1, (int)Math.Ceiling(percentile * total));
        var seen = 0;
        foreach (var (days, count) in counts)
        {
            seen += count;
            if (seen >= rank)
            {
                return days;
            }
        }

        return counts.Keys.Last();
    }
}

/// <summary>A period the cards are asked for: a whole year, a quarter (1–4) or a month (1–12), in the province's time.</summary>
internal sealed record ReportPeriod(int Year, int? Quarter, int? Month)
{
    public int First => FigureMonth.Of(Year, Month ?? (Quarter is { } q ? ((q - 1) * 3) + 1 : 1));

    public int Last => FigureMonth.Of(Year, Month ?? (Quarter is { } q ? q * 3 : 12));

    /// <summary>The current month when nothing is asked; the whole year when the month is 0.</summary>
    public static ReportPeriod From(int? year, int? quarter, int? month, TimeProvider clock)
    {
        var today = LocalTime.Today(clock.GetUtcNow());
        return new ReportPeriod(year ?? today.Year, quarter is >= 1 and <= 4 ? quarter : null, quarter is >= 1 and <= 4 || month == 0 ? null : month ?? today.Month);
    }

    public string Label(System.Globalization.CultureInfo culture, bool english) =>
        Month is { } m ? new DateTime(Year, m, 1).ToString("MMMM yyyy", culture)
        : Quarter is { } q ? (english ? $"Quarter {q} {Year}" : $"Triwulan {q} {Year}")
        : Year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>When the period's DIP freshness is judged: its end, or now while it runs.</summary>
    public DateTime FreshnessAt(TimeProvider clock)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var end = FigureMonth.Range(Last).To;
        return end < now ? end : now;
    }

    /// <summary>"2026", "2026-Q3" or "2026-07", for file names and the open data.</summary>
    public string Code => Month is { } m ? $"{Year}-{m:00}" : Quarter is { } q ? $"{Year}-Q{q}" : $"{Year}";
}

internal sealed class ReportPeriodRules : AbstractValidator<ReportPeriod>
{
    public ReportPeriodRules()
    {
        RuleFor(p => p.Year).InclusiveBetween(2020, 2100).WithMessage("Tahun 2020–2100. / Year must be 2020–2100.");
        RuleFor(p => p.Month).InclusiveBetween(1, 12).When(p => p.Month is not null).WithMessage("Bulan 1–12. / Month must be 1–12.");
        RuleFor(p => p.Quarter).InclusiveBetween(1, 4).When(p => p.Quarter is not null).WithMessage("Triwulan 1–4. / Quarter must be 1–4.");
        RuleFor(p => p.Month).Null().When(p => p.Quarter is not null).WithMessage("Pilih bulan atau triwulan, bukan keduanya. / Choose a month or a quarter, not both.");
    }
}

internal sealed record MonthCard(int Year, int Month, Card Figures, int Submitted);

/// <summary>An agency's (or the province's) record on aspirations and on requests for information for a period.</summary>
internal sealed record Card(
    int Received, int Answered, int AnsweredOnTime, double? OnTimePercent, int? MedianWorkingDays, int? P90WorkingDays,
    int Reopened, double? ReopenPercent, int Ratings, double? AverageRating, RequestFigures Requests);

/// <summary>Requests for information (UU 14/2008): received, decided (on time: within 10, or 17 extended, working days), outcomes, objections.</summary>
internal sealed record RequestFigures(
    int Received, int Decided, int DecidedOnTime, double? OnTimePercent, int Granted, int GrantedInPart, int Refused, int NotHeld,
    int Objections, int ObjectionsUpheld);
