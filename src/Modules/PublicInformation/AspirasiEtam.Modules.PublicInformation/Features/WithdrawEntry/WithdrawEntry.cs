using System.Text.Json.Serialization;

namespace AspirasiEtam.Modules.PublicInformation.Features.WithdrawEntry;

/// <summary>A published entry leaves the public register (archived), with a reason; its history stays with the agency.</summary>
[Authorize(Policy = Policies.AgencyWork)]
internal sealed record WithdrawEntry(string? Reason) : IRequest<StaffEntryView>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

internal sealed class WithdrawEntryValidator : AbstractValidator<WithdrawEntry>
{
    public WithdrawEntryValidator() =>
        RuleFor(r => r.Reason).NotEmpty().WithMessage("Tulis alasan penarikan. / Write why the entry is withdrawn.").MaximumLength(EntryLimits.Reason);
}

internal sealed class WithdrawEntryHandler(StaffEntries staff) : IRequestHandler<WithdrawEntry, StaffEntryView>
{
    public async Task<StaffEntryView> Handle(WithdrawEntry request, CancellationToken cancellationToken)
    {
        var entry = await staff.FindToChangeAsync(request.Id, cancellationToken);
        var now = staff.Now;
        entry.Withdraw(request.Reason!.Trim(), staff.Actor, now);
        await staff.SaveAsync(entry, cancellationToken, new InformationWithdrawn(entry.Id, entry.AgencyId, entry.Number, entry.WithdrawalReason!, now));
        return StaffEntryView.Of(entry);
    }
}

internal static class WithdrawEntryEndpoint
{
    public static void Map(IEndpointRouteBuilder work) =>
        work.MapPost("/{id:guid}/withdraw", async Task<Ok<StaffEntryView>> (Guid id, WithdrawEntry request, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(request with { Id = id }, cancellationToken)))
            .WithName("WithdrawRegisterEntry")
            .WithSummary("Withdraw a published entry, with a reason")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
