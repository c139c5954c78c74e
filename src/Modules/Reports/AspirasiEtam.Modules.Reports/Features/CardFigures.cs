namespace AspirasiEtam.Modules.Reports.Features;

/// <summary>One way to count a card's figures for a period, used by the province's cards and an agency's trend.</summary>
internal static class CardFigures
{
    /// <summary>The facts with any step in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public static Task<List<FactRow>> FactsAsync(ReportsDbContext context, DateTime from, DateTime to, CancellationToken cancellationToken) =>
        context.Aspirations.AsNoTracking()
            .Where(f => (f.DispatchedAt >= from && f.DispatchedAt < to) || (f.RespondedAt >= from && f.RespondedAt < to) || (f.RatedAt >= from && f.RatedAt < to))
            .Select(f => new FactRow(f.AgencyId, f.DispatchedAt, f.RespondingAgencyId, f.RespondedAt, f.RespondedOnTime, f.WorkingDaysToRespond, f.Rating, f.RatedAt))
            .ToListAsync(cancellationToken);

    /// <summary>Reopenings with their time, for cards of several periods at once.</summary>
    public static Task<List<ReopeningRow>> ReopeningsAsync(ReportsDbContext context, DateTime from, DateTime to, CancellationToken cancellationToken) =>
        context.Reopenings.AsNoTracking().Where(r => r.ReopenedAt >= from && r.ReopenedAt < to)
            .Select(r => new ReopeningRow(r.AgencyId, r.ReopenedAt)).ToListAsync(cancellationToken);

    /// <summary>The card of the agencies <paramref name="mine"/> admits, for the period [from, to).</summary>
    public static Card Of(IReadOnlyList<FactRow> facts, IEnumerable<ReopeningRow> reopenings, DateTime from, DateTime to, Func<Guid?, bool> mine)
    {
        bool In(DateTime? at) => at >= from && at < to;
        var received = facts.Count(f => mine(f.AgencyId) && In(f.DispatchedAt));
        var answered = facts.Where(f => mine(f.RespondingAgencyId) && In(f.RespondedAt)).ToList();
        var onTime = answered.Count(f => f.OnTime == true);
        var days = answered.Where(f => f.WorkingDays is not null).Select(f => f.WorkingDays!.Value).Order().ToList();
        var reopened = reopenings.Count(r => mine(r.AgencyId) && In(r.ReopenedAt));
        var ratings = facts.Where(f => mine(f.RespondingAgencyId ?? f.AgencyId) && In(f.RatedAt) && f.Rating is not null).Select(f => f.Rating!.Value).ToList();
        return new Card(
            received, answered.Count, onTime, Percent(onTime, answered.Count), Rank(days, 0.5), Rank(days, 0.9),
            reopened, Percent(reopened, answered.Count), ratings.Count, ratings.Count == 0 ? null : Math.Round(ratings.Average(), 2));
    }

    private static double? Percent(int part, int whole) => whole == 0 ? null : Math.Round(100.0 * part / whole, 1);

    /// <summary>The nearest-rank percentile of sorted values (null when there are none).</summary>
    private static int? Rank(List<int> sorted, double percentile) =>
        sorted.Count == 0 ? null : sorted[Math.Max(0, (int)Math.Ceiling(percentile * sorted.Count) - 1)];
}

internal sealed record FactRow(Guid? AgencyId, DateTime? DispatchedAt, Guid? RespondingAgencyId, DateTime? RespondedAt, bool? OnTime, int? WorkingDays, int? Rating, DateTime? RatedAt);

internal sealed record ReopeningRow(Guid? AgencyId, DateTime ReopenedAt);

internal sealed record Card(
    int Received, int Answered, int AnsweredOnTime, double? OnTimePercent, int? MedianWorkingDays, int? P90WorkingDays,
    int Reopened, double? ReopenPercent, int Ratings, double? AverageRating);
