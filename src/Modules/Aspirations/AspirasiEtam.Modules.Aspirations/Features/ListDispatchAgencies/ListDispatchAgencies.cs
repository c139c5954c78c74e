namespace AspirasiEtam.Modules.Aspirations.Features.ListDispatchAgencies;

/// <summary>The agencies PPID Utama can dispatch an aspiration to, as this module knows them.</summary>
[Authorize(Policy = Policies.Admin)]
internal sealed record ListDispatchAgencies(bool IncludeInactive = false) : IRequest<IReadOnlyList<DispatchAgencyResponse>>;

internal sealed record DispatchAgencyResponse(Guid Id, string Code, string Name, string ShortName, bool IsActive, IReadOnlyList<string> Categories, int Version);

internal sealed class ListDispatchAgenciesHandler(AspirationsDbContext context)
    : IRequestHandler<ListDispatchAgencies, IReadOnlyList<DispatchAgencyResponse>>
{
    public async Task<IReadOnlyList<DispatchAgencyResponse>> Handle(ListDispatchAgencies request, CancellationToken cancellationToken)
    {
        var agencies = await context.DispatchAgencies.AsNoTracking()
            .Where(a => request.IncludeInactive || a.IsActive)
            .OrderBy(a => a.Name)
            .ToListAsync(cancellationToken);
        return agencies.Select(a => new DispatchAgencyResponse(a.Id, a.Code, a.Name, a.ShortName, a.IsActive, a.Categories, a.Version)).ToList();
    }
}

internal static class ListDispatchAgenciesEndpoint
{
    public static void Map(IEndpointRouteBuilder admin) =>
        admin.MapGet("/agencies", async Task<Ok<IReadOnlyList<DispatchAgencyResponse>>> (bool? includeInactive, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new ListDispatchAgencies(includeInactive ?? false), cancellationToken)))
            .WithName("ListDispatchAgencies")
            .WithSummary("Agencies aspirations can be dispatched to (kept from the directory's events)");
}
