namespace AspirasiEtam.Modules.PublicInformation.Features.DecideRequest;

/// <summary>
/// The written notice (Surat Pemberitahuan Tertulis, Pasal 22 ayat 7): granted in full; in part, saying what was blacked
/// out and why; refused on a Pasal 17 ground with its consequence test; or not held, naming who holds it. A fee is
/// only the real cost of copying or delivery. The notice is generated, numbered, dated, signed with the officer's
/// name and kept as issued; documents prepared for the request are released with it (after payment, if any).
/// </summary>
/// <remarks>
/// A refusal (or a partial grant) names its Pasal 17 ground directly, or an entry of the agency's exempt list
/// (<see cref="ExemptEntryId"/>), whose ground and consequence test it then carries.
/// </remarks>
[Authorize(Policy = Policies.AgencyWork)]
internal sealed record DecideRequest(
    Guid Id, string? Outcome, string? Text, string? Redactions, string? ExemptionGround, string? ConsequenceTest, string? HoldingBody, decimal? Fee, string? FeeNote,
    Guid? ExemptEntryId = null)
    : IRequest<StaffRequestView>;

internal sealed class DecideRequestValidator : AbstractValidator<DecideRequest>
{
    public DecideRequestValidator()
    {
        RuleFor(r => r.Outcome).Must(o => RequestCodes.ParseOutcome(o) is not null)
            .WithMessage("Keputusan: granted, granted-in-part, refused, not-held. / Outcome: granted, granted-in-part, refused, not-held.");
        RuleFor(r => r.Text).NotEmpty().WithMessage("Tuliskan uraian keputusan. / Explain the decision.").MaximumLength(RequestLimits.DecisionText);
        RuleFor(r => r.Redactions).NotEmpty().When(r => RequestCodes.ParseOutcome(r.Outcome) == RequestOutcome.GrantedInPart)
            .WithMessage("Sebutkan bagian yang dihitamkan dan alasannya. / Say what was blacked out and why.").MaximumLength(RequestLimits.Reason);
        RuleFor(r => r.ExemptionGround).Must(g => ExemptionGrounds.Find(g?.Trim()) is not null)
            .When(r => r.ExemptEntryId is null && (RequestCodes.ParseOutcome(r.Outcome) == RequestOutcome.Refused || !string.IsNullOrWhiteSpace(r.ExemptionGround)))
            .WithMessage("Pilih dasar pengecualian Pasal 17 (17a–17j) atau informasi dari daftar informasi dikecualikan. / Choose a Pasal 17 ground (17a–17j) or an entry of the exempt list.");
        RuleFor(r => r.ConsequenceTest).NotEmpty().When(r => r.ExemptEntryId is null && (RequestCodes.ParseOutcome(r.Outcome) == RequestOutcome.Refused || !string.IsNullOrWhiteSpace(r.ExemptionGround)))
            .WithMessage("Uraikan uji konsekuensi. / Give the consequence test.");
        RuleFor(r => r.ConsequenceTest).MaximumLength(RequestLimits.DecisionText);
        RuleFor(r => r.HoldingBody).MaximumLength(RequestLimits.Body);
        RuleFor(r => r.Fee).InclusiveBetween(0, RequestLimits.MaxFee).WithMessage("Biaya tidak valid. / Invalid fee.");
        RuleFor(r => r.Fee).Must(f => f is null or 0).When(r => RequestCodes.ParseOutcome(r.Outcome) is RequestOutcome.Refused or RequestOutcome.NotHeld)
            .WithMessage("Tanpa biaya bila informasi tidak diberikan. / No fee when nothing is given.");
        RuleFor(r => r.FeeNote).NotEmpty().When(r => r.Fee > 0)
            .WithMessage("Rincikan biaya penggandaan/pengiriman. / Itemise the copying/delivery cost.").MaximumLength(RequestLimits.Reason);
    }
}

internal sealed class DecideRequestHandler(PublicInformationDbContext context, StaffRequests staff, RequestMails mails)
    : IRequestHandler<DecideRequest, StaffRequestView>
{
    public async Task<StaffRequestView> Handle(DecideRequest request, CancellationToken cancellationToken)
    {
        var r = await staff.FindToChangeAsync(request.Id, cancellationToken);
        var outcome = RequestCodes.ParseOutcome(request.Outcome)!.Value;
        var (ground, consequenceTest) = await GroundAsync(request, r, outcome, cancellationToken);
        var decision = new RequestDecision(
            outcome, request.Text!.Trim(), outcome == RequestOutcome.GrantedInPart ? request.Redactions?.Trim() : null, ground, consequenceTest,
            outcome == RequestOutcome.NotHeld ? request.HoldingBody?.Trim() : null,
            request.Fee ?? 0, request.Fee > 0 ? request.FeeNote?.Trim() : null);

        await staff.IssueDecisionAsync(r, decision, notice => r.Decide(decision, notice, staff.Actor, staff.Now, staff.Today), cancellationToken);
        if (r.DocumentsReleased)
        {
            mails.DocumentLink(r, r.IssueDocumentLink(staff.Now));
        }

        await context.SaveChangesAsync(cancellationToken);
        return await GetRequest.GetRequestHandler.ViewAsync(context, staff, r, cancellationToken);
    }

    private async Task<(string? Ground, string? ConsequenceTest)> GroundAsync(DecideRequest request, InformationRequest r, RequestOutcome outcome, CancellationToken cancellationToken)
    {
        if (outcome is not (RequestOutcome.Refused or RequestOutcome.GrantedInPart))
        {
            return (null, null);
        }

        if (request.ExemptEntryId is { } entryId)
        {
            var entry = await context.Entries.AsNoTracking()
                .FirstOrDefaultAsync(e => e.Id == entryId && e.AgencyId == r.AgencyId && e.Status == EntryStatus.Exempt, cancellationToken)
                ?? throw new InvalidFieldException("exemptEntryId", "Bukan informasi dikecualikan OPD ini. / Not an entry of this agency's exempt list.");
            var test = string.IsNullOrWhiteSpace(request.ConsequenceTest)
                ? $"{entry.Title} ({entry.Number}): {entry.Exemption!.Harm} — {entry.Exemption.PublicInterest}"
                : request.ConsequenceTest.Trim();
            return (entry.Exemption!.Ground, test);
        }

        return string.IsNullOrWhiteSpace(request.ExemptionGround) ? (null, null) : (request.ExemptionGround.Trim(), request.ConsequenceTest?.Trim());
    }
}

internal static class DecideRequestEndpoint
{
    public static void Map(IEndpointRouteBuilder work) =>
        work.MapPost("/{id:guid}/decide", async Task<Ok<StaffRequestView>> (Guid id, DecideBody body, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(
                    new DecideRequest(
                        id, body.Outcome, body.Text, body.Redactions, body.ExemptionGround, body.ConsequenceTest, body.HoldingBody, body.Fee, body.FeeNote, body.ExemptEntryId),
                    cancellationToken)))
            .WithName("DecideInformationRequest")
            .WithSummary("Decide a request and issue the written notice (granted, granted-in-part, refused, not-held)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    internal sealed record DecideBody(
        string? Outcome, string? Text, string? Redactions, string? ExemptionGround, string? ConsequenceTest, string? HoldingBody, decimal? Fee, string? FeeNote,
        Guid? ExemptEntryId);
}
