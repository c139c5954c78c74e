using System.Text.Json.Serialization;
using AspirasiEtam.Modules.PublicInformation.Caching;

namespace AspirasiEtam.Modules.PublicInformation.Features.AnnounceEntry;

/// <summary>
/// Published serta merta information (a disaster, a threat to public order) shown as a banner on every public page
/// until <see cref="Until"/> (at most 30 days ahead), and told to other modules (<see cref="ImmediateInformationAnnounced"/>).
/// Withdrawing the entry ends the announcement.
/// </summary>
[Authorize(Policy = Policies.AgencyWork)]
internal sealed record AnnounceEntry(DateTimeOffset? Until) : IRequest<StaffEntryView>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

internal sealed class AnnounceEntryValidator : AbstractValidator<AnnounceEntry>
{
    public AnnounceEntryValidator(TimeProvider clock) =>
        RuleFor(r => r.Until).NotNull().WithMessage("Isi sampai kapan pengumuman tampil. / Say until when the announcement shows.")
            .Must(u => u > clock.GetUtcNow() && u <= clock.GetUtcNow().AddDays(30))
            .WithMessage("Pengumuman tampil dari sekarang sampai paling lama 30 hari. / An announcement shows from now for at most 30 days.");
}

internal sealed class AnnounceEntryHandler(StaffEntries staff) : IRequestHandler<AnnounceEntry, StaffEntryView>
{
    public async Task<StaffEntryView> Handle(AnnounceEntry request, CancellationToken cancellationToken)
    {
        var entry = await staff.FindToChangeAsync(request.Id, cancellationToken);
        var now = staff.Now;
        var until = request.Until!.Value.UtcDateTime;
        entry.Announce(until, staff.Actor, now);
        await staff.SaveAsync(entry, cancellationToken,
            new ImmediateInformationAnnounced(entry.Id, entry.AgencyId, entry.Title, entry.Summary, new DateTimeOffset(until, TimeSpan.Zero), new DateTimeOffset(now, TimeSpan.Zero)));
        return StaffEntryView.Of(entry);
    }
}

internal static class AnnounceEntryEndpoint
{
    public static void Map(IEndpointRouteBuilder work) =>
        work.MapPost("/{id:guid}/announce", async Task<Ok<StaffEntryView>> (Guid id, AnnounceEntry request, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(request with { Id = id }, cancellationToken)))
            .WithName("AnnounceRegisterEntry")
            .WithSummary("Announce published serta merta information on every public page until a time")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
