using AspirasiEtam.Shared.Time;

namespace AspirasiEtam.Modules.Reports.Features.GetAgencyTrend;

/// <summary>One agency's record month by month, for the 12 months ending with the given one (this month by default).</summary>
[AllowAnonymous]
internal sealed record GetAgencyTrend(string Code, int Year, int Month) : IRequest<AgencyTrend>;

internal sealed record AgencyTrend(Guid AgencyId, string Code, string Name, IReadOnlyList<MonthCard> Months);

internal sealed record MonthCard(int Year, int Month, Card Figures);

internal sealed class GetAgencyTrendValidator : AbstractValidator<GetAgencyTrend>
{
    public GetAgencyTrendValidator()
    {
        RuleFor(r => r.Year).InclusiveBetween(2020, 2100).WithMessage("Tahun 2020–2100. / Year must be 2020–2100.");
        RuleFor(r => r.Month).InclusiveBetween(1, 12).WithMessage("Bulan 1–12. / Month must be 1–12.");
    }
}

internal sealed class GetAgencyTrendHandler(ReportsDbContext context) : IRequestHandler<GetAgencyTrend, AgencyTrend>
{
    public const int Months = 12;

    public async Task<AgencyTrend> Handle(GetAgencyTrend request, CancellationToken cancellationToken)
    {
        var code = request.Code.ToUpperInvariant();
        var agency = await context.Agencies.AsNoTracking().FirstOrDefaultAsync(a => a.Code == code, cancellationToken)
            ?? throw new NotFoundException($"No agency {request.Code}. / OPD {request.Code} tidak ditemukan.");
        var last = new DateTimeOffset(request.Year, request.Month, 1, 0, 0, 0, WorkingDayCalendar.Wita);
        var first = last.AddMonths(1 - Months);
        var facts = await CardFigures.FactsAsync(context, first.UtcDateTime, last.AddMonths(1).UtcDateTime, cancellationToken);
        var reopenings = await CardFigures.ReopeningsAsync(context, first.UtcDateTime, last.AddMonths(1).UtcDateTime, cancellationToken);
        var months = Enumerable.Range(0, Months).Select(i => first.AddMonths(i))
            .Select(m => new MonthCard(m.Year, m.Month, CardFigures.Of(facts, reopenings, m.UtcDateTime, m.AddMonths(1).UtcDateTime, id => id == agency.Id)))
            .ToList();
        return new AgencyTrend(agency.Id, agency.Code, agency.Name, months);
    }
}

internal static class GetAgencyTrendEndpoint
{
    public static void Map(IEndpointRouteBuilder open) =>
        open.MapGet("/aspirations/agencies/{code}", async Task<Ok<AgencyTrend>> (string code, int year, int month, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetAgencyTrend(code, year, month), ct)))
            .WithName("GetAgencyTrend").WithSummary("One agency's record month by month, for the 12 months ending with the given one")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
}
