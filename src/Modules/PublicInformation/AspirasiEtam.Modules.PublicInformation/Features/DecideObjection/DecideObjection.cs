namespace AspirasiEtam.Modules.PublicInformation.Features.DecideObjection;

/// <summary>
/// The agency's superior (Atasan PPID) answers an objection in writing (Pasal 36): upheld — the PPID must give the
/// information — or dismissed, with reasons. The answer is numbered and kept as issued; it tells the applicant the
/// 14 working days to take the dispute to the Komisi Informasi.
/// </summary>
[Authorize(Policy = Policies.Staff)]
internal sealed record DecideObjection(Guid Id, string? Outcome, string? Text) : IRequest<ObjectionView>;

internal sealed class DecideObjectionValidator : AbstractValidator<DecideObjection>
{
    public DecideObjectionValidator()
    {
        RuleFor(o => o.Outcome).Must(o => RequestCodes.ParseObjectionOutcome(o) is not null).WithMessage("Putusan: upheld atau dismissed. / Outcome: upheld or dismissed.");
        RuleFor(o => o.Text).NotEmpty().WithMessage("Tuliskan pertimbangan. / Give the reasons.").MaximumLength(RequestLimits.DecisionText);
    }
}

internal sealed class DecideObjectionHandler(PublicInformationDbContext context, StaffRequests staff, RequestMails mails, TimeProvider clock)
    : IRequestHandler<DecideObjection, ObjectionView>
{
    public async Task<ObjectionView> Handle(DecideObjection request, CancellationToken cancellationToken)
    {
        var objection = await staff.FindObjectionAsync(request.Id, cancellationToken);
        staff.EnsureMayDecideObjection(objection);
        var r = await context.Requests.FirstAsync(x => x.Id == objection.RequestId, cancellationToken);
        var outcome = RequestCodes.ParseObjectionOutcome(request.Outcome)!.Value;
        var today = staff.Today;
        var commission = (await context.RequestClockAsync(cancellationToken)).Count(today, RequestClock.CommissionDays).Due;
        var agency = await context.FindAgencyAsync(objection.AgencyId, cancellationToken);
        var signedBy = await staff.SignatureAsync(cancellationToken);
        var text = request.Text!.Trim();
        objection.Decide(outcome, text, signedBy, staff.Now, today, commission,
            RequestLetters.ObjectionDecision(objection, r, agency, today, outcome, text, commission, signedBy));
        r.RecordObjectionDecision(objection.Number, staff.Now, staff.Actor);
        mails.NoticeIssued(r, objection.DecisionNumber, "Tanggapan atas keberatan / Answer to your objection");
        context.Publish(new ObjectionDecided(objection.Id, objection.Number, r.Id, objection.AgencyId, RequestCodes.Code(outcome), commission, clock.GetUtcNow()));
        await context.SaveChangesAsync(cancellationToken);
        return ObjectionView.Of(objection, r.Number, today);
    }
}

internal static class DecideObjectionEndpoint
{
    public static void Map(IEndpointRouteBuilder staff) =>
        staff.MapPost("/{id:guid}/decide", async Task<Ok<ObjectionView>> (Guid id, DecideBody body, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new DecideObjection(id, body.Outcome, body.Text), cancellationToken)))
            .WithName("DecideObjection")
            .WithSummary("The agency's superior (Atasan PPID) answers an objection: upheld or dismissed")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    internal sealed record DecideBody(string? Outcome, string? Text);
}
