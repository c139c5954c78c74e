using AspirasiEtam.Shared.Time;

namespace AspirasiEtam.Modules.Reports.Features.GetAgencyCards;

/// <summary>
/// The public record of each agency on aspirations for a month (or a whole year, without a month), in the
/// province's time: received (dispatched to it), answered (first final response), answered within the follow-up
/// clock, median and 90th-percentile working days to answer, reopenings of its answers, average rating — and the
/// province's totals. Built from the Reports module's own read model; agencies ranked by answers on time.
/// </summary>
[AllowAnonymous]
internal sealed record GetAgencyCards(int Year, int? Month) : IRequest<AgencyCards>;

internal sealed record AgencyCards(int Year, int? Month, Card Province, int Submitted, IReadOnlyList<AgencyCard> Agencies);

internal sealed record AgencyCard(Guid AgencyId, string Code, string Name, Card Figures);

internal sealed record Card(
    int Received, int Answered, int AnsweredOnTime, double? OnTimePercent, int? MedianWorkingDays, int? P90WorkingDays,
    int Reopened, double? ReopenPercent, int Ratings, double? AverageRating);

internal sealed class GetAgencyCardsValidator : AbstractValidator<GetAgencyCards>
{
    public GetAgencyCardsValidator()
    {
        RuleFor(r => r.Year).InclusiveBetween(2020, 2100).WithMessage("Tahun 2020–2100. / Year must be 2020–2100.");
        RuleFor(r => r.Month).InclusiveBetween(1, 12).When(r => r.Month is not null).WithMessage("Bulan 1–12. / Month must be 1–12.");
    }
}

internal sealed class GetAgencyCardsHandler(ReportsDbContext context) : IRequestHandler<GetAgencyCards, AgencyCards>
{
    public async Task<AgencyCards> Handle(GetAgencyCards request, CancellationToken cancellationToken)
    {
        var start = new DateTimeOffset(request.Year, request.Month ?? 1, 1, 0, 0, 0, WorkingDayCalendar.Wita);
        var from = start.UtcDateTime;
        var to = (request.Month is null ? start.AddYears(1) : start.AddMonths(1)).UtcDateTime;

        var facts = await context.Aspirations.AsNoTracking()
            .Where(f => (f.DispatchedAt >= from && f.DispatchedAt < to) || (f.RespondedAt >= from && f.RespondedAt < to) || (f.RatedAt >= from && f.RatedAt < to))
            .Select(f => new Row(f.AgencyId, f.DispatchedAt, f.RespondingAgencyId, f.RespondedAt, f.RespondedOnTime, f.WorkingDaysToRespond, f.Rating, f.RatedAt))
            .ToListAsync(cancellationToken);
        var submitted = await context.Aspirations.CountAsync(f => f.SubmittedAt >= from && f.SubmittedAt < to, cancellationToken);
        var reopenings = await context.Reopenings.AsNoTracking().Where(r => r.ReopenedAt >= from && r.ReopenedAt < to).Select(r => r.AgencyId).ToListAsync(cancellationToken);
        var agencies = await context.Agencies.AsNoTracking().ToListAsync(cancellationToken);

        bool In(DateTime? at) => at >= from && at < to;
        Card Figures(Func<Guid?, bool> mine)
        {
            var received = facts.Count(f => mine(f.AgencyId) && In(f.DispatchedAt));
            var answered = facts.Where(f => mine(f.RespondingAgencyId) && In(f.RespondedAt)).ToList();
            var onTime = answered.Count(f => f.OnTime == true);
            var days = answered.Where(f => f.WorkingDays is not null).Select(f => f.WorkingDays!.Value).Order().ToList();
            var reopened = reopenings.Count(mine);
            var ratings = facts.Where(f => mine(f.RespondingAgencyId ?? f.AgencyId) && In(f.RatedAt) && f.Rating is not null).Select(f => f.Rating!.Value).ToList();
            return new Card(
                received, answered.Count, onTime, Percent(onTime, answered.Count), Rank(days, 0.5), Rank(days, 0.9),
                reopened, Percent(reopened, answered.Count), ratings.Count, ratings.Count == 0 ? null : Math.Round(ratings.Average(), 2));
        }

        var cards = agencies
            .Select(a => new AgencyCard(a.Id, a.Code, a.Name, Figures(id => id == a.Id)))
            .Where(c => c.Figures.Received + c.Figures.Answered + c.Figures.Reopened + c.Figures.Ratings > 0 || agencies.First(a => a.Id == c.AgencyId).IsActive)
            .OrderByDescending(c => c.Figures.OnTimePercent ?? -1).ThenByDescending(c => c.Figures.Answered).ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
        return new AgencyCards(request.Year, request.Month, Figures(id => id is not null), submitted, cards);
    }

    private static double? Percent(int part, int whole) => whole == 0 ? null : Math.Round(100.0 * part / whole, 1);

    /// <summary>The nearest-rank percentile of sorted values (null when there are none).</summary>
    private static int? Rank(List<int> sorted, double percentile) =>
        sorted.Count == 0 ? null : sorted[Math.Max(0, (int)Math.Ceiling(percentile * sorted.Count) - 1)];

    private sealed record Row(Guid? AgencyId, DateTime? DispatchedAt, Guid? RespondingAgencyId, DateTime? RespondedAt, bool? OnTime, int? WorkingDays, int? Rating, DateTime? RatedAt);
}

internal static class GetAgencyCardsEndpoint
{
    public static void Map(IEndpointRouteBuilder open) =>
        open.MapGet("/aspirations", async Task<Ok<AgencyCards>> (int year, int? month, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetAgencyCards(year, month), ct)))
            .WithName("GetAgencyCards").WithSummary("Each agency's record on aspirations for a month or a year, and the province's totals")
            .ProducesValidationProblem();
}
