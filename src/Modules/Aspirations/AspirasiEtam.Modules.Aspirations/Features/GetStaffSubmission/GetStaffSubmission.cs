namespace AspirasiEtam.Modules.Aspirations.Features.GetStaffSubmission;

/// <summary>One report in the caller's scope with its whole timeline, internal notes included.</summary>
[Authorize(Policy = Policies.Staff)]
internal sealed record GetStaffSubmission(Guid Id) : IRequest<StaffSubmission>;

internal sealed class GetStaffSubmissionHandler(StaffSubmissions staff) : IRequestHandler<GetStaffSubmission, StaffSubmission>
{
    public async Task<StaffSubmission> Handle(GetStaffSubmission request, CancellationToken cancellationToken) =>
        staff.View(await staff.FindAsync(request.Id, cancellationToken), withTimeline: true);
}

internal static class GetStaffSubmissionEndpoint
{
    public static void Map(IEndpointRouteBuilder staff) =>
        staff.MapGet("/{id:guid}", async Task<Ok<StaffSubmission>> (Guid id, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetStaffSubmission(id), ct)))
            .WithName("GetAgencySubmission").WithSummary("One submission with its whole timeline, internal notes included").ProducesProblem(StatusCodes.Status404NotFound);
}
