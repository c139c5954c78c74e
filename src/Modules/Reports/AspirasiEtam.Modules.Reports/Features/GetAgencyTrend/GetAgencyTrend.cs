using AspirasiEtam.Modules.Reports.Caching;
using Microsoft.Extensions.DependencyInjection;

namespace AspirasiEtam.Modules.Reports.Features.GetAgencyTrend;

/// <summary>
/// One agency's record month by month — or the province's, for the code <c>PROVINSI</c> — for the 12 months ending
/// with the given one.
/// </summary>
[AllowAnonymous]
internal sealed record GetAgencyTrend(string Code, int Year, int Month) : IRequest<AgencyTrend>;

internal sealed record AgencyTrend(Guid? AgencyId, string Code, string Name, IReadOnlyList<MonthCard> Months);

internal sealed class GetAgencyTrendValidator : AbstractValidator<GetAgencyTrend>
{
    public GetAgencyTrendValidator() => RuleFor(r => new ReportPeriod(r.Year, null, r.Month)).SetValidator(new ReportPeriodRules()).OverridePropertyName("Period");
}

internal sealed class GetAgencyTrendHandler(ReportsDbContext context) : IRequestHandler<GetAgencyTrend, AgencyTrend>
{
    public const string Province = "PROVINSI";

    public async Task<AgencyTrend> Handle(GetAgencyTrend request, CancellationToken cancellationToken)
    {
        var code = request.Code.ToUpperInvariant();
        var last = FigureMonth.Of(request.Year, request.Month);
        if (code == Province)
        {
            return new AgencyTrend(null, Province, "Provinsi Kalimantan Timur", await CardFigures.TrendAsync(context, last, _ => true, cancellationToken));
        }

        var agency = await context.Agencies.AsNoTracking().FirstOrDefaultAsync(a => a.Code == code, cancellationToken)
            ?? throw new NotFoundException($"No agency {request.Code}. / OPD {request.Code} tidak ditemukan.");
        return new AgencyTrend(agency.Id, agency.Code, agency.Name, await CardFigures.TrendAsync(context, last, r => r.AgencyId == agency.Id, cancellationToken));
    }
}

internal static class GetAgencyTrendEndpoint
{
    public static void Map(IEndpointRouteBuilder open) =>
        open.MapGet("/aspirations/agencies/{code}", async Task<Ok<AgencyTrend>> (string code, int year, int month, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetAgencyTrend(code, year, month), ct)))
            .CacheOutput(ReportsCache.Policy).WithName("GetAgencyTrend").WithSummary("One agency's record month by month (PROVINSI: the province's), for the 12 months ending with the given one")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
}
