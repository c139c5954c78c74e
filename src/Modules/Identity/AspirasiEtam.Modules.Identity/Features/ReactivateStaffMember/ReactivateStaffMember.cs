namespace AspirasiEtam.Modules.Identity.Features.ReactivateStaffMember;

/// <summary>A deactivated staff member returns: the account can sign in again with its former roles and agencies.</summary>
internal sealed record ReactivateStaffMember(Guid Id) : IRequest<StaffResponse>;

internal sealed class ReactivateStaffMemberHandler(StaffActivation activation) : IRequestHandler<ReactivateStaffMember, StaffResponse>
{
    public Task<StaffResponse> Handle(ReactivateStaffMember request, CancellationToken cancellationToken) =>
        activation.SetActiveAsync(request.Id, true, cancellationToken);
}

internal static class ReactivateStaffMemberEndpoint
{
    public static void Map(IEndpointRouteBuilder staff) =>
        staff.MapPost("/{id:guid}/reactivate", async Task<Ok<StaffResponse>> (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ReactivateStaffMember(id), ct)))
            .WithName("ReactivateStaff").WithSummary("Reactivate a staff account")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
