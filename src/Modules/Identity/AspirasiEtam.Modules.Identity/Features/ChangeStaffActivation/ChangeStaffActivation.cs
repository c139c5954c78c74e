using AspirasiEtam.Modules.Identity.Accounts;
using AspirasiEtam.Modules.Identity.Contracts;
using Microsoft.AspNetCore.Identity;

namespace AspirasiEtam.Modules.Identity.Features.ChangeStaffActivation;

/// <summary>
/// A staff member leaves (deactivate: the account stays, with its history, but can no longer sign in) or comes back
/// (reactivate): one change in two directions, with the same guards, lockout, audit and event.
/// </summary>
internal sealed record ChangeStaffActivation(Guid Id, bool Active) : IRequest<StaffResponse>;

internal sealed class ChangeStaffActivationHandler(
    UserManager<PortalUser> users,
    IdentityModuleDbContext context,
    ICurrentUser currentUser,
    SecurityAudit audit,
    TimeProvider clock) : IRequestHandler<ChangeStaffActivation, StaffResponse>
{
    public async Task<StaffResponse> Handle(ChangeStaffActivation request, CancellationToken cancellationToken)
    {
        var active = request.Active;
        var user = await users.FindStaffMemberAsync(request.Id);
        var roles = await users.GetRolesAsync(user);
        if (roles.Contains(Roles.SuperAdmin) && !currentUser.IsInRole(Roles.SuperAdmin))
        {
            throw new ForbiddenException("Only a super admin may deactivate or reactivate a super admin. / Hanya super admin yang dapat menonaktifkan super admin.");
        }

        if (user.Id == currentUser.UserId)
        {
            throw new ConflictException("You cannot deactivate your own account. / Anda tidak dapat menonaktifkan akun sendiri.");
        }

        if (user.IsActive == active)
        {
            throw new ConflictException(active ? "The account is already active. / Akun sudah aktif." : "The account is already inactive. / Akun sudah nonaktif.");
        }

        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        user.IsActive = active;
        (await users.SetLockoutEnabledAsync(user, true)).ThrowIfFailed();
        (await users.SetLockoutEndDateAsync(user, active ? null : DateTimeOffset.MaxValue)).ThrowIfFailed();
        (await users.UpdateSecurityStampAsync(user)).ThrowIfFailed();
        audit.Record(active ? SecurityEventKind.StaffReactivated : SecurityEventKind.StaffDeactivated, user.Id, user.Email);
        var agencies = await context.StaffAgencyScopes.Where(s => s.UserId == user.Id).Select(s => s.AgencyId).ToListAsync(cancellationToken);
        context.Publish(new StaffAccessChanged(user.Id, user.FullName, user.Email!, [.. roles], agencies, user.ProvinceWide, active, clock.GetUtcNow()));
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await StaffResponse.OfAsync(user, users, context, cancellationToken);
    }
}

internal static class ChangeStaffActivationEndpoint
{
    public static void Map(IEndpointRouteBuilder staff)
    {
        Map(staff, "deactivate", active: false, "DeactivateStaff", "Deactivate a staff account (it can no longer sign in)");
        Map(staff, "reactivate", active: true, "ReactivateStaff", "Reactivate a staff account");
    }

    private static void Map(IEndpointRouteBuilder staff, string action, bool active, string name, string summary) =>
        staff.MapPost($"/{{id:guid}}/{action}", async Task<Ok<StaffResponse>> (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ChangeStaffActivation(id, active), ct)))
            .WithName(name).WithSummary(summary)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
