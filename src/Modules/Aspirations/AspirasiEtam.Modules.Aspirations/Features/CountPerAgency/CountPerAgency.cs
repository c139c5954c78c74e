using AspirasiEtam.Modules.Aspirations.Caching;

namespace AspirasiEtam.Modules.Aspirations.Features.CountPerAgency;

/// <summary>Open, answered and closed reports per agency, for the public.</summary>
internal sealed record CountPerAgency : IRequest<IReadOnlyList<AgencyCounts>>;

internal sealed record AgencyCounts(Guid AgencyId, string AgencyName, int Open, int Responded, int Closed);

internal sealed class CountPerAgencyHandler(AspirationsDbContext context) : IRequestHandler<CountPerAgency, IReadOnlyList<AgencyCounts>>
{
    public async Task<IReadOnlyList<AgencyCounts>> Handle(CountPerAgency request, CancellationToken cancellationToken)
    {
        var counts = await context.Submissions.AsNoTracking().Where(s => s.AgencyId != null)
            .GroupBy(s => s.AgencyId!.Value)
            .Select(g => new
            {
                AgencyId = g.Key,
                Open = g.Count(s => s.Status == SubmissionStatus.Dispatched),
                Responded = g.Count(s => s.Status == SubmissionStatus.Responded),
                Closed = g.Count(s => s.Status == SubmissionStatus.Closed),
            })
            .ToListAsync(cancellationToken);
        var names = await context.DispatchAgencies.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        return counts.Select(c => new AgencyCounts(c.AgencyId, names.GetValueOrDefault(c.AgencyId, "?"), c.Open, c.Responded, c.Closed))
            .OrderBy(c => c.AgencyName).ToList();
    }
}

internal static class CountPerAgencyEndpoint
{
    public static void Map(IEndpointRouteBuilder open) =>
        open.MapGet("/counts", async Task<Ok<IReadOnlyList<AgencyCounts>>> (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new CountPerAgency(), ct)))
            .WithName("CountAspirationsPerAgency").WithSummary("Open, answered and closed submissions per agency")
            .CachedAsFeed();
}
