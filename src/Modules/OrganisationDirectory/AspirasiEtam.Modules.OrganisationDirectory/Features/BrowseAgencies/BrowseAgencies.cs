using AspirasiEtam.Modules.OrganisationDirectory.Domain;
using AspirasiEtam.Modules.OrganisationDirectory.Persistence;
using AspirasiEtam.Shared.Persistence;
using AspirasiEtam.Shared.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace AspirasiEtam.Modules.OrganisationDirectory.Features.BrowseAgencies;

/// <summary>The active agencies and their contacts, as citizens see them (public API, page and home page).</summary>
internal sealed record BrowseAgencies(string? Search, string? Kind, int Page = 1, int PageSize = PagingRules.DefaultPageSize)
    : IRequest<PagedResult<PublicAgency>>;

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

internal sealed class BrowseAgenciesValidator : AbstractValidator<BrowseAgencies>
{
    public BrowseAgenciesValidator()
    {
        RuleFor(q => q.Search).MaximumLength(100);
        RuleFor(q => q.Kind).Must(k => AgencyKinds.TryParse(k, out _)).When(q => !string.IsNullOrEmpty(q.Kind))
            .WithMessage($"Jenis harus salah satu dari / Kind must be one of: {string.Join(", ", AgencyKinds.Names)}.");
        RuleFor(q => q.Page).IsPageNumber();
        RuleFor(q => q.PageSize).IsPageSize();
    }
}

internal sealed class BrowseAgenciesHandler(DirectoryDbContext context) : IRequestHandler<BrowseAgencies, PagedResult<PublicAgency>>
{
    public async Task<PagedResult<PublicAgency>> Handle(BrowseAgencies request, CancellationToken cancellationToken)
    {
        AgencyKind? kind = AgencyKinds.TryParse(request.Kind, out var k) ? k : null;
        var search = new AgencySearch(request.Search, kind, active: true, request.Page, request.PageSize);
        var total = await context.Agencies.WithCriteriaOf(search).CountAsync(cancellationToken);
        var agencies = await context.Agencies.WithSpecification(search)
            .Select(a => new PublicAgency(a.Code, a.Name, a.ShortName, a.Kind.ToString().ToLower(), a.Address, a.Phone, a.Email, a.Website, a.IsMainOffice))
            .ToListAsync(cancellationToken);
        return new PagedResult<PublicAgency>(agencies, request.Page, request.PageSize, total);
    }
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
