using System.Text.Json.Serialization;

namespace AspirasiEtam.Modules.PublicInformation.Features.UpdateEntry;

/// <summary>Changes an entry's register columns. A published entry stays published and its readers see "updated" in its history.</summary>
[Authorize(Policy = Policies.AgencyWork)]
internal sealed record UpdateEntry : EntryFields, IRequest<StaffEntryView>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

internal sealed class UpdateEntryValidator : EntryFieldsValidator<UpdateEntry>;

internal sealed class UpdateEntryHandler(StaffEntries staff) : IRequestHandler<UpdateEntry, StaffEntryView>
{
    public async Task<StaffEntryView> Handle(UpdateEntry request, CancellationToken cancellationToken)
    {
        var entry = await staff.FindToChangeAsync(request.Id, cancellationToken);
        await staff.EnsureChecklistAsync(request.Checklist, cancellationToken);
        entry.Update(request.ToDetails(), staff.Actor, staff.Now);
        await staff.SaveAsync(entry, cancellationToken, entry.IsPublic ? await staff.PublishedEventAsync(entry, firstPublication: false, cancellationToken) : null);
        return StaffEntryView.Of(entry);
    }
}

internal static class UpdateEntryEndpoint
{
    public static void Map(IEndpointRouteBuilder work) =>
        work.MapPut("/{id:guid}", async Task<Ok<StaffEntryView>> (Guid id, UpdateEntry request, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(request with { Id = id }, cancellationToken)))
            .WithName("UpdateRegisterEntry")
            .WithSummary("Change a register entry's columns")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
