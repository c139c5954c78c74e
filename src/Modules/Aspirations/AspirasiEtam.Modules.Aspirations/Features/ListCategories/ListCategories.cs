using AspirasiEtam.Modules.Aspirations.Caching;

namespace AspirasiEtam.Modules.Aspirations.Features.ListCategories;

/// <summary>The active categories a report can be filed under.</summary>
internal sealed record ListCategories : IRequest<IReadOnlyList<CategoryResponse>>;

internal sealed record CategoryResponse(string Code, string NameId, string NameEn);

internal sealed class ListCategoriesHandler(AspirationsDbContext context) : IRequestHandler<ListCategories, IReadOnlyList<CategoryResponse>>
{
    public async Task<IReadOnlyList<CategoryResponse>> Handle(ListCategories request, CancellationToken cancellationToken) =>
        await context.Categories.AsNoTracking().Where(c => c.IsActive).OrderBy(c => c.NameId)
            .Select(c => new CategoryResponse(c.Code, c.NameId, c.NameEn)).ToListAsync(cancellationToken);
}

internal static class ListCategoriesEndpoint
{
    public static void Map(IEndpointRouteBuilder open) =>
        open.MapGet("/categories", async Task<Ok<IReadOnlyList<CategoryResponse>>> (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListCategories(), ct)))
            .WithName("ListCategories").WithSummary("Categories of aspirations")
            .CachedAsReference();
}
