using AspirasiEtam.Shared.Persistence;

namespace AspirasiEtam.Modules.PublicInformation.Features.DraftEntry;

/// <summary>
/// An officer starts a register entry for one of its agencies: a draft, numbered at once in the agency's register of
/// the year (<c>DIP/2026/DISKOMINFO/0042</c>). Nothing of it is public until it is published.
/// </summary>
[Authorize(Policy = Policies.AgencyWork)]
internal sealed record DraftEntry : EntryFields, IRequest<StaffEntryView>
{
    public Guid AgencyId { get; init; }
}

internal sealed class DraftEntryValidator : EntryFieldsValidator<DraftEntry>
{
    public DraftEntryValidator() => RuleFor(r => r.AgencyId).NotEmpty().WithMessage("Pilih OPD. / Choose the agency.");
}

internal sealed class DraftEntryHandler(PublicInformationDbContext context, StaffEntries staff) : IRequestHandler<DraftEntry, StaffEntryView>
{
    /// <summary>
    /// The next number is read and taken in one exclusive write (no two drafts of this process read the same last
    /// number); should two servers still take the same one, the unique index refuses the second, which tries again.
    /// </summary>
    public async Task<StaffEntryView> Handle(DraftEntry request, CancellationToken cancellationToken)
    {
        staff.EnsureMayChange(request.AgencyId);
        await staff.EnsureChecklistAsync(request.Checklist, cancellationToken);
        var agency = await context.FindAgencyAsync(request.AgencyId, cancellationToken);
        return await ExclusiveWrite.NumberedAsync(context, async () =>
        {
            var now = staff.Now;
            var sequence = await context.NextSequenceAsync(agency.Id, now.Year, cancellationToken);
            var entry = InformationEntry.Draft(agency.Id, agency.Code, sequence, request.ToDetails(), staff.Actor, now);
            context.Entries.Add(entry);
            await context.SaveChangesAsync(cancellationToken);
            return StaffEntryView.Of(entry);
        }, cancellationToken);
    }
}

internal static class DraftEntryEndpoint
{
    public static void Map(IEndpointRouteBuilder work) =>
        work.MapPost("/", async Task<Created<StaffEntryView>> (DraftEntry request, IMediator mediator, CancellationToken cancellationToken) =>
            {
                var entry = await mediator.Send(request, cancellationToken);
                return TypedResults.Created($"/api/staff/ppid/entries/{entry.Id}", entry);
            })
            .WithName("DraftRegisterEntry")
            .WithSummary("Start a draft entry of an agency's public information register (DIP)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
