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

namespace AspirasiEtam.Modules.OrganisationDirectory.Features.ListAgencies;

/// <summary>Every agency, active or not, for administrators; filtered by text, kind and active flag.</summary>
internal sealed record ListAgencies(string? Search, string? Kind, bool? Active, int Page = 1, int PageSize = PagingRules.DefaultPageSize)
    : IRequest<PagedResult<AgencyResponse>>;

internal sealed class ListAgenciesValidator : AbstractValidator<ListAgencies>
{
    public ListAgenciesValidator()
    {
        RuleFor(q => q.Search).MaximumLength(100);
        RuleFor(q => q.Kind).Must(k => AgencyKinds.TryParse(k, out _)).When(q => !string.IsNullOrEmpty(q.Kind))
            .WithMessage($"Jenis harus salah satu dari / Kind must be one of: {string.Join(", ", AgencyKinds.Names)}.");
        RuleFor(q => q.Page).IsPageNumber();
        RuleFor(q => q.PageSize).IsPageSize();
    }
}

internal sealed class ListAgenciesHandler(DirectoryDbContext context) : IRequestHandler<ListAgencies, PagedResult<AgencyResponse>>
{
    public async Task<PagedResult<AgencyResponse>> Handle(ListAgencies request, CancellationToken cancellationToken)
    {
        AgencyKind? kind = AgencyKinds.TryParse(request.Kind, out var k) ? k : null;
        var search = new AgencySearch(request.Search, kind, request.Active, request.Page, request.PageSize);
        var total = await context.Agencies.WithCriteriaOf(search).CountAsync(cancellationToken);
        var agencies = await context.Agencies.WithSpecification(search).ToListAsync(cancellationToken);
        return new PagedResult<AgencyResponse>(agencies.Select(AgencyResponse.From).ToList(), request.Page, request.PageSize, total);
    }
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
