namespace AspirasiEtam.Modules.Identity.Features.DeactivateStaffMember;

/// <summary>A staff member leaves: the account stays, with its history, but can no longer sign in.</summary>
internal sealed record DeactivateStaffMember(Guid Id) : IRequest<StaffResponse>;

internal sealed class DeactivateStaffMemberHandler(StaffActivation activation) : IRequestHandler<DeactivateStaffMember, StaffResponse>
{
    public Task<StaffResponse> Handle(DeactivateStaffMember request, CancellationToken cancellationToken) =>
        activation.SetActiveAsync(request.Id, false, cancellationToken);
}

internal static class DeactivateStaffMemberEndpoint
{
    public static void Map(IEndpointRouteBuilder staff) =>
        staff.MapPost("/{id:guid}/deactivate", async Task<Ok<StaffResponse>> (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new DeactivateStaffMember(id), ct)))
            .WithName("DeactivateStaff").WithSummary("Deactivate a staff account (it can no longer sign in)")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
