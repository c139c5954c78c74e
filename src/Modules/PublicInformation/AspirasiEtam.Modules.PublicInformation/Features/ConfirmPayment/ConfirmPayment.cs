namespace AspirasiEtam.Modules.PublicInformation.Features.ConfirmPayment;

/// <summary>The officer confirms the copying/delivery fee was paid: the documents are released and the applicant gets a private link.</summary>
[Authorize(Policy = Policies.AgencyWork)]
internal sealed record ConfirmPayment(Guid Id) : IRequest<StaffRequestView>;

internal sealed class ConfirmPaymentHandler(PublicInformationDbContext context, StaffRequests staff, RequestMails mails) : IRequestHandler<ConfirmPayment, StaffRequestView>
{
    public async Task<StaffRequestView> Handle(ConfirmPayment request, CancellationToken cancellationToken)
    {
        var r = await staff.FindToChangeAsync(request.Id, cancellationToken);
        r.ConfirmPayment(staff.Actor, staff.Now);
        if (r.DocumentsReleased)
        {
            mails.DocumentLink(r, r.IssueDocumentLink(staff.Now));
        }

        await context.SaveChangesAsync(cancellationToken);
        return await GetRequest.GetRequestHandler.ViewAsync(context, staff, r, cancellationToken);
    }
}

internal static class ConfirmPaymentEndpoint
{
    public static void Map(IEndpointRouteBuilder work) =>
        work.MapPost("/{id:guid}/payment", async Task<Ok<StaffRequestView>> (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new ConfirmPayment(id), cancellationToken)))
            .WithName("ConfirmRequestPayment")
            .WithSummary("Confirm the copying/delivery fee was paid (releases the documents)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
