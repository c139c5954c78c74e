using AspirasiEtam.Modules.PublicInformation.Features.SaveChecklistItem;

namespace AspirasiEtam.Modules.PublicInformation.Features.ListChecklistItems;

/// <summary>The berkala checklist every agency publishes against (active items; PPID Utama's retired ones too when asked).</summary>
internal sealed record ListChecklistItems(bool IncludeRetired = false) : IRequest<IReadOnlyList<ChecklistItemView>>;

internal sealed class ListChecklistItemsHandler(PublicInformationDbContext context) : IRequestHandler<ListChecklistItems, IReadOnlyList<ChecklistItemView>>
{
    public async Task<IReadOnlyList<ChecklistItemView>> Handle(ListChecklistItems request, CancellationToken cancellationToken) =>
        await context.ChecklistItems.AsNoTracking().Where(i => request.IncludeRetired || i.IsActive).OrderBy(i => i.Order)
            .Select(i => new ChecklistItemView(i.Code, i.Order, i.TitleId, i.TitleEn, i.IsActive)).ToListAsync(cancellationToken);
}

internal static class ListChecklistItemsEndpoint
{
    public static void Map(IEndpointRouteBuilder open) =>
        open.MapGet("/checklist", async Task<Ok<IReadOnlyList<ChecklistItemView>>> (IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new ListChecklistItems(), cancellationToken)))
            .WithName("ListChecklistItems")
            .WithSummary("The berkala checklist every agency publishes against");
}
