namespace AspirasiEtam.Modules.PublicInformation.Features.ExtendRequest;

/// <summary>
/// The one extension of 7 working days the law allows (Pasal 22 ayat 8), with a written reason, while the request is
/// still in time: a notice of extension is issued to the applicant (kept as issued, emailed when there is an address).
/// </summary>
[Authorize(Policy = Policies.AgencyWork)]
internal sealed record ExtendRequest(Guid Id, string? Reason) : IRequest<StaffRequestView>;

internal sealed class ExtendRequestValidator : AbstractValidator<ExtendRequest>
{
    public ExtendRequestValidator() =>
        RuleFor(r => r.Reason).NotEmpty().WithMessage("Tuliskan alasan perpanjangan. / Give the reason for the extension.").MaximumLength(RequestLimits.Reason);
}

internal sealed class ExtendRequestHandler(PublicInformationDbContext context, StaffRequests staff, RequestMails mails)
    : IRequestHandler<ExtendRequest, StaffRequestView>
{
    public async Task<StaffRequestView> Handle(ExtendRequest request, CancellationToken cancellationToken)
    {
        var r = await staff.FindToChangeAsync(request.Id, cancellationToken);
        var today = staff.Today;
        if (r.IsOpen && today > r.DueOn)
        {
            throw new ConflictException($"The deadline passed on {r.DueOn:yyyy-MM-dd}; an extension is given before it. / Batas waktu sudah lewat pada {r.DueOn:yyyy-MM-dd}; perpanjangan diberikan sebelum batas waktu.");
        }

        var requestClock = await context.RequestClockAsync(cancellationToken);
        var newDue = requestClock.Count(r.DueOn, RequestClock.ExtensionDays).Due;
        var agency = await context.FindAgencyAsync(r.AgencyId, cancellationToken);
        var reason = request.Reason!.Trim();
        var notice = await staff.NoticeAsync(
            r, NoticeKind.Extension, (number, signedBy) => RequestLetters.Extension(r, agency, number, today, reason, newDue, signedBy), cancellationToken);
        r.Extend(reason, newDue, notice, staff.Actor, staff.Now);
        mails.NoticeIssued(r, notice.Number, "Perpanjangan jangka waktu / Extension of time");
        await context.SaveChangesAsync(cancellationToken);
        return await GetRequest.GetRequestHandler.ViewAsync(context, staff, r, cancellationToken);
    }
}

internal static class ExtendRequestEndpoint
{
    public static void Map(IEndpointRouteBuilder work) =>
        work.MapPost("/{id:guid}/extend", async Task<Ok<StaffRequestView>> (Guid id, ExtendBody body, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new ExtendRequest(id, body.Reason), cancellationToken)))
            .WithName("ExtendInformationRequest")
            .WithSummary("Extend a request's deadline once by 7 working days, with a written reason (issues the notice of extension)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    internal sealed record ExtendBody(string? Reason);
}
