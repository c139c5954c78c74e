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

        var facts = await CardFigures.FactsAsync(context, from, to, cancellationToken);
        var reopenings = await CardFigures.ReopeningsAsync(context, from, to, cancellationToken);
        var submitted = await context.Aspirations.CountAsync(f => f.SubmittedAt >= from && f.SubmittedAt < to, cancellationToken);
        var agencies = await context.Agencies.AsNoTracking().ToListAsync(cancellationToken);

        // Active agencies, and inactive ones that still have figures for the period.
        var cards = agencies
            .Select(a => (a.IsActive, Card: new AgencyCard(a.Id, a.Code, a.Name, CardFigures.Of(facts, reopenings, from, to, id => id == a.Id))))
            .Where(x => x.IsActive || x.Card.Figures.Received + x.Card.Figures.Answered + x.Card.Figures.Reopened + x.Card.Figures.Ratings > 0)
            .Select(x => x.Card)
            .OrderByDescending(c => c.Figures.OnTimePercent ?? -1).ThenByDescending(c => c.Figures.Answered).ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
        return new AgencyCards(request.Year, request.Month, CardFigures.Of(facts, reopenings, from, to, id => id is not null), submitted, cards);
    }
}

internal static class GetAgencyCardsEndpoint
{
    public static void Map(IEndpointRouteBuilder open) =>
        open.MapGet("/aspirations", async Task<Ok<AgencyCards>> (int year, int? month, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetAgencyCards(year, month), ct)))
            .WithName("GetAgencyCards").WithSummary("Each agency's record on aspirations for a month or a year, and the province's totals")
            .ProducesValidationProblem();
}
