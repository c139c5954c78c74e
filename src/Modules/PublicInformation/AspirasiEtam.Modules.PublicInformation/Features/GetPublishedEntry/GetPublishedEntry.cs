namespace AspirasiEtam.Modules.PublicInformation.Features.GetPublishedEntry;

/// <summary>A published entry's public page: its columns, documents and what changed since it was first published.</summary>
internal sealed record GetPublishedEntry(Guid Id) : IRequest<PublicEntryView>;

internal sealed class GetPublishedEntryHandler(PublicInformationDbContext context) : IRequestHandler<GetPublishedEntry, PublicEntryView>
{
    public async Task<PublicEntryView> Handle(GetPublishedEntry request, CancellationToken cancellationToken)
    {
        var entry = await context.Entries.AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(e => e.Id == request.Id && e.Status == EntryStatus.Published, cancellationToken)
            ?? throw new NotFoundException("No published information with that id. / Informasi publik tidak ditemukan.");
        return PublicEntryView.Of(entry, await context.FindAgencyAsync(entry.AgencyId, cancellationToken));
    }
}

internal static class GetPublishedEntryEndpoint
{
    public static void Map(IEndpointRouteBuilder open) =>
        open.MapGet("/entries/{id:guid}", async Task<Ok<PublicEntryView>> (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new GetPublishedEntry(id), cancellationToken)))
            .WithName("GetPublishedEntry")
            .WithSummary("A published entry of the public information register")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
