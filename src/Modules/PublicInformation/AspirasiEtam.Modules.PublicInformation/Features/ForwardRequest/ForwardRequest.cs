namespace AspirasiEtam.Modules.PublicInformation.Features.ForwardRequest;

/// <summary>
/// The information is held elsewhere. Inside the province: the request goes to the agency that holds it (its number
/// and clock stay). Outside: the officer names the body and the request closes as not held (Pasal 22 ayat 7 huruf c).
/// </summary>
[Authorize(Policy = Policies.AgencyWork)]
internal sealed record ForwardRequest(Guid Id, Guid? AgencyId, string? OutsideBody) : IRequest<StaffRequestView>;

internal sealed class ForwardRequestValidator : AbstractValidator<ForwardRequest>
{
    public ForwardRequestValidator()
    {
        RuleFor(r => r).Must(r => r.AgencyId is not null ^ !string.IsNullOrWhiteSpace(r.OutsideBody)).OverridePropertyName("agencyId")
            .WithMessage("Pilih OPD tujuan, atau tulis badan publik di luar provinsi (salah satu). / Choose an agency, or name a body outside the province (one of them).");
        RuleFor(r => r.OutsideBody).MaximumLength(RequestLimits.Body);
    }
}

internal sealed class ForwardRequestHandler(PublicInformationDbContext context, StaffRequests staff)
    : IRequestHandler<ForwardRequest, StaffRequestView>
{
    public async Task<StaffRequestView> Handle(ForwardRequest request, CancellationToken cancellationToken)
    {
        var r = await staff.FindToChangeAsync(request.Id, cancellationToken);
        if (await context.Objections.AnyAsync(o => o.RequestId == r.Id, cancellationToken))
        {
            throw new ConflictException("An objection was filed on this request: it stays with the agency whose superior answers it. / Permohonan ini sudah diajukan keberatan: tetap di OPD yang atasannya menanggapi.");
        }

        if (request.AgencyId is { } agencyId)
        {
            var agency = await context.Agencies.AsNoTracking().FirstOrDefaultAsync(a => a.Id == agencyId && a.IsActive, cancellationToken)
                ?? throw new InvalidFieldException("agencyId", "OPD tujuan tidak dikenal atau tidak aktif. / The agency is unknown or inactive.");
            r.ForwardTo(agency.Id, agency.Name, staff.Actor, staff.Now);
        }
        else
        {
            // Pasal 22 ayat 7 huruf c: the written notice names the body that holds the information.
            var body = request.OutsideBody!.Trim();
            var decision = new RequestDecision(
                RequestOutcome.NotHeld, $"Informasi yang dimohon tidak dikuasai Pemerintah Provinsi Kalimantan Timur; dikuasai oleh {body}. / The information is not held by the province; {body} holds it.",
                null, null, null, body, 0, null);
            await staff.IssueDecisionAsync(r, decision, notice => r.CloseAsHeldElsewhere(body, notice, staff.Actor, staff.Now, staff.Today), cancellationToken);
        }

        await context.SaveChangesAsync(cancellationToken);
        return await GetRequest.GetRequestHandler.ViewAsync(context, staff, r, cancellationToken);
    }
}

internal static class ForwardRequestEndpoint
{
    public static void Map(IEndpointRouteBuilder work) =>
        work.MapPost("/{id:guid}/forward", async Task<Ok<StaffRequestView>> (Guid id, ForwardBody body, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new ForwardRequest(id, body.AgencyId, body.OutsideBody), cancellationToken)))
            .WithName("ForwardInformationRequest")
            .WithSummary("Send a request to the agency that holds the information, or name the body outside the province and close it")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    internal sealed record ForwardBody(Guid? AgencyId, string? OutsideBody);
}
