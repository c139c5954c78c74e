using AspirasiEtam.Modules.Reports.Caching;
using Microsoft.Extensions.DependencyInjection;

namespace AspirasiEtam.Modules.Reports.Features.GetAgencyCards;

/// <summary>
/// The public record of each agency for a month, a quarter or a year, in the province's time: aspirations received
/// (dispatched to it), answered (first final response), answered within the follow-up clock, median and
/// 90th-percentile working days to answer, reopenings of its answers, average rating; requests for information
/// received, decided on time, outcomes, objections; the DIP freshness score at the period's end (or now) — and the
/// province's totals (its freshness: the mean of its active agencies'). Read from the monthly figures; agencies ranked
/// by answers on time.
/// </summary>
[AllowAnonymous]
internal sealed record GetAgencyCards(ReportPeriod Period) : IRequest<AgencyCards>;

internal sealed record AgencyCards(int Year, int? Quarter, int? Month, Card Province, int Submitted, IReadOnlyList<AgencyCard> Agencies, int? ProvinceDipFreshness = null);

/// <param name="DipFreshness">0–100, as the PPID scorecard counts it; null when the checklist has no item.</param>
internal sealed record AgencyCard(Guid AgencyId, string Code, string Name, Card Figures, int? DipFreshness = null);

internal sealed class GetAgencyCardsValidator : AbstractValidator<GetAgencyCards>
{
    public GetAgencyCardsValidator() => RuleFor(r => r.Period).SetValidator(new ReportPeriodRules());
}

internal sealed class GetAgencyCardsHandler(ReportsDbContext context, TimeProvider clock) : IRequestHandler<GetAgencyCards, AgencyCards>
{
    public async Task<AgencyCards> Handle(GetAgencyCards request, CancellationToken cancellationToken)
    {
        var period = request.Period;
        var rows = await CardFigures.MonthsAsync(context, period.First, period.Last, cancellationToken);
        var byAgency = rows.ToLookup(r => r.AgencyId);
        var agencies = await context.Agencies.AsNoTracking().ToListAsync(cancellationToken);
        var freshness = await DipFreshness.ScoresAsync(context, agencies.Select(a => a.Id), period.FreshnessAt(clock), cancellationToken);

        // Active agencies, and inactive ones that still have figures for the period.
        var cards = agencies
            .Where(a => a.IsActive || byAgency[a.Id].Any())
            .Select(a => new AgencyCard(a.Id, a.Code, a.Name, CardFigures.Of(byAgency[a.Id]), freshness.TryGetValue(a.Id, out var score) ? score : null))
            .OrderByDescending(c => c.Figures.OnTimePercent ?? -1).ThenByDescending(c => c.Figures.Answered).ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
        var active = agencies.Where(a => a.IsActive && freshness.ContainsKey(a.Id)).Select(a => freshness[a.Id]).ToList();
        int? province = active.Count == 0 ? null : (int)Math.Round(active.Average());
        return new AgencyCards(period.Year, period.Quarter, period.Month, CardFigures.Of(rows), CardFigures.Submitted(rows), cards, province);
    }
}

internal static class GetAgencyCardsEndpoint
{
    public static void Map(IEndpointRouteBuilder open) =>
        open.MapGet("/aspirations", async Task<Ok<AgencyCards>> (int year, int? quarter, int? month, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetAgencyCards(new ReportPeriod(year, quarter, month)), ct)))
            .CacheOutput(ReportsCache.Policy).WithName("GetAgencyCards").WithSummary("Each agency's record on aspirations and information requests for a month, a quarter or a year, and the province's totals")
            .ProducesValidationProblem();
}
