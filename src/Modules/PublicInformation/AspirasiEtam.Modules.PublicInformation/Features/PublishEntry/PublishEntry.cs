namespace AspirasiEtam.Modules.PublicInformation.Features.PublishEntry;

/// <summary>A draft goes into the public register: its page, search, feeds and the province's consolidated DIP.</summary>
[Authorize(Policy = Policies.AgencyWork)]
internal sealed record PublishEntry(Guid Id) : IRequest<StaffEntryView>;

internal sealed class PublishEntryHandler(StaffEntries staff) : IRequestHandler<PublishEntry, StaffEntryView>
{
    public async Task<StaffEntryView> Handle(PublishEntry request, CancellationToken cancellationToken)
    {
        var entry = await staff.FindToChangeAsync(request.Id, cancellationToken);
        entry.Publish(staff.Actor, staff.Now);
        await staff.SaveAsync(entry, cancellationToken, await staff.PublishedEventAsync(entry, firstPublication: entry.PublishedAt == entry.UpdatedAt, cancellationToken));
        return StaffEntryView.Of(entry);
    }
}

internal static class PublishEntryEndpoint
{
    public static void Map(IEndpointRouteBuilder work) =>
        work.MapPost("/{id:guid}/publish", async Task<Ok<StaffEntryView>> (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new PublishEntry(id), cancellationToken)))
            .WithName("PublishRegisterEntry")
            .WithSummary("Publish a draft entry")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
