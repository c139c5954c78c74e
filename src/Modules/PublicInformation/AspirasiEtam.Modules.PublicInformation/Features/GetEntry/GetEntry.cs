namespace AspirasiEtam.Modules.PublicInformation.Features.GetEntry;

/// <summary>One entry as its agency's staff (and PPID Utama) see it, whatever its status.</summary>
[Authorize(Policy = Policies.Staff)]
internal sealed record GetEntry(Guid Id) : IRequest<StaffEntryView>;

internal sealed class GetEntryHandler(StaffEntries staff) : IRequestHandler<GetEntry, StaffEntryView>
{
    public async Task<StaffEntryView> Handle(GetEntry request, CancellationToken cancellationToken) =>
        StaffEntryView.Of(await staff.FindToReadAsync(request.Id, cancellationToken));
}

internal static class GetEntryEndpoint
{
    public static void Map(IEndpointRouteBuilder staff) =>
        staff.MapGet("/{id:guid}", async Task<Ok<StaffEntryView>> (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new GetEntry(id), cancellationToken)))
            .WithName("GetRegisterEntry")
            .WithSummary("One register entry in the caller's scope")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
