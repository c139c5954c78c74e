using Microsoft.AspNetCore.Identity;

namespace AspirasiEtam.Modules.Identity.Features.GetStaffMember;

/// <summary>One staff account, with its roles and agencies.</summary>
internal sealed record GetStaffMember(Guid Id) : IRequest<StaffResponse>;

internal sealed class GetStaffMemberHandler(UserManager<PortalUser> users, IdentityModuleDbContext context) : IRequestHandler<GetStaffMember, StaffResponse>
{
    public async Task<StaffResponse> Handle(GetStaffMember request, CancellationToken cancellationToken) =>
        await StaffResponse.OfAsync(await users.FindStaffMemberAsync(request.Id), users, context, cancellationToken);
}

internal static class GetStaffMemberEndpoint
{
    public static void Map(IEndpointRouteBuilder staff) =>
        staff.MapGet("/{id:guid}", async Task<Ok<StaffResponse>> (Guid id, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetStaffMember(id), ct)))
            .WithName("GetStaff").WithSummary("One staff account").ProducesProblem(StatusCodes.Status404NotFound);
}
