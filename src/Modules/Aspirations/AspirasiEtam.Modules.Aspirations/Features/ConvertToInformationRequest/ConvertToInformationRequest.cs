using AspirasiEtam.Modules.Aspirations.Contracts;

namespace AspirasiEtam.Modules.Aspirations.Features.ConvertToInformationRequest;

/// <summary>PPID Utama hands a report that asks for information over to the PPID (Public Information module).</summary>
[Authorize(Policy = Policies.Admin)]
internal sealed record ConvertToInformationRequest(Guid Id) : IRequest<StaffSubmission>;

internal sealed class ConvertToInformationRequestHandler(AspirationsDbContext context, StaffSubmissions staff, Deadlines deadlines)
    : IRequestHandler<ConvertToInformationRequest, StaffSubmission>
{
    public async Task<StaffSubmission> Handle(ConvertToInformationRequest request, CancellationToken cancellationToken)
    {
        var submission = await staff.FindForWorkAsync(request.Id, cancellationToken);
        submission.ConvertToInformationRequest(deadlines.Now, staff.Actor);
        var r = submission.Reporter;
        var p = submission.Privacy;
        context.Publish(new InformationRequestRaised(
            submission.Id, submission.ReportNumber, submission.Title, submission.Description, r.UserId, r.Name, r.Email, r.Phone, p.Anonymous, p.Confidential, p.ContactShared, deadlines.Now));
        context.Publish(new AspirationClosed(submission.Id, null, "converted", deadlines.Now));
        return await staff.SaveAndNotifyAsync(submission, cancellationToken);
    }
}

internal static class ConvertToInformationRequestEndpoint
{
    public static void Map(IEndpointRouteBuilder admin) =>
        admin.MapPost("/{id:guid}/convert", async Task<Ok<StaffSubmission>> (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ConvertToInformationRequest(id), ct)))
            .WithName("ConvertToInformationRequest").WithSummary("Hand an information request over to the PPID (Public Information module)")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
