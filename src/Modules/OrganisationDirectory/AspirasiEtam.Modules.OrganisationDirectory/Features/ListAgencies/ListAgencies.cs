namespace AspirasiEtam.Modules.OrganisationDirectory.Features.ListAgencies;

/// <summary>Every agency, active or not, for administrators; filtered by text, kind and active flag.</summary>
[Authorize(Policy = Policies.Admin)]
internal sealed record ListAgencies(string? Search, string? Kind, bool? Active, int Page = 1, int PageSize = PagingRules.DefaultPageSize)
    : IRequest<PagedResult<AgencyResponse>>, IAgencyQuery;

internal sealed class ListAgenciesValidator : AgencyQueryValidator<ListAgencies>;

internal sealed class ListAgenciesHandler(DirectoryDbContext context) : IRequestHandler<ListAgencies, PagedResult<AgencyResponse>>
{
    public Task<PagedResult<AgencyResponse>> Handle(ListAgencies request, CancellationToken cancellationToken) =>
        context.PageAsync(request, request.Active, AgencyResponse.From, cancellationToken);
}

internal static class ListAgenciesEndpoint
{
    public static void Map(IEndpointRouteBuilder admin) =>
        admin.MapGet("/", async Task<Ok<PagedResult<AgencyResponse>>> ([AsParameters] ListAgencies query, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(query, cancellationToken)))
            .WithName("ListAgencies")
            .WithSummary("List agencies with paging and filters")
            .ProducesValidationProblem();
}
