namespace AspirasiEtam.Modules.OrganisationDirectory.Features.BrowseAgencies;

/// <summary>The active agencies and their contacts, as citizens see them (public API, page and home page).</summary>
internal sealed record BrowseAgencies(string? Search, string? Kind, int Page = 1, int PageSize = PagingRules.DefaultPageSize)
    : IRequest<PagedResult<PublicAgency>>, IAgencyQuery;

/// <summary>What anyone may know of an agency.</summary>
internal sealed record PublicAgency(
    string Code,
    string Name,
    string ShortName,
    string Kind,
    string? Address,
    string? Phone,
    string? Email,
    string? Website,
    bool IsMainOffice);

internal sealed class BrowseAgenciesValidator : AgencyQueryValidator<BrowseAgencies>;

internal sealed class BrowseAgenciesHandler(DirectoryDbContext context) : IRequestHandler<BrowseAgencies, PagedResult<PublicAgency>>
{
    public Task<PagedResult<PublicAgency>> Handle(BrowseAgencies request, CancellationToken cancellationToken) =>
        context.PageAsync(
            request,
            active: true,
            a => new PublicAgency(a.Code, a.Name, a.ShortName, a.Kind.ToName(), a.Address, a.Phone, a.Email, a.Website, a.IsMainOffice),
            cancellationToken);
}

internal static class BrowseAgenciesEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/agencies", async Task<Ok<PagedResult<PublicAgency>>> ([AsParameters] BrowseAgencies query, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(query, cancellationToken)))
            .AllowAnonymous()
            .WithTags("Organisation directory")
            .WithName("BrowseAgencies")
            .WithSummary("Active agencies with their contacts (public; pageSize up to 100)")
            .ProducesValidationProblem();
}
