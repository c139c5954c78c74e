using AspirasiEtam.Modules.PublicInformation.Features.SavePpidPage;

namespace AspirasiEtam.Modules.PublicInformation.Features.GetPpidPage;

/// <summary>One of an agency PPID's pages for its staff: the draft with its preview (empty when not written yet).</summary>
[Authorize(Policy = Policies.Staff)]
internal sealed record GetPpidPage(Guid AgencyId, string Slug) : IRequest<PpidPageView>;

internal sealed class GetPpidPageHandler(PublicInformationDbContext context, ICurrentUser currentUser) : IRequestHandler<GetPpidPage, PpidPageView>
{
    public async Task<PpidPageView> Handle(GetPpidPage request, CancellationToken cancellationToken)
    {
        if (!currentUser.CanActFor(request.AgencyId) || !PpidPageKinds.Exists(request.Slug))
        {
            throw new NotFoundException("No such page in your scope. / Halaman tidak ada dalam cakupan Anda.");
        }

        var page = await context.Pages.AsNoTracking().SingleOrDefaultAsync(p => p.AgencyId == request.AgencyId && p.Slug == request.Slug, cancellationToken);
        return page is null
            ? new PpidPageView(request.Slug, string.Empty, string.Empty, null, null, null)
            : new PpidPageView(page.Slug, page.DraftMarkdown, PageMarkdown.ToSafeHtml(page.DraftMarkdown), page.PublishedHtml, page.UpdatedAt, page.PublishedAt);
    }
}

internal static class GetPpidPageEndpoint
{
    public static void Map(IEndpointRouteBuilder agencyStaff) =>
        agencyStaff.MapGet("/{slug}", async Task<Ok<PpidPageView>> (Guid agencyId, string slug, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new GetPpidPage(agencyId, slug), cancellationToken)))
            .WithName("GetPpidPage")
            .WithSummary("One of an agency PPID's pages, draft and preview")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
