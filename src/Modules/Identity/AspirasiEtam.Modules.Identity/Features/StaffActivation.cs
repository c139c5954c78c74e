using AspirasiEtam.Modules.Identity.Accounts;
using AspirasiEtam.Modules.Identity.Contracts;
using Microsoft.AspNetCore.Identity;

namespace AspirasiEtam.Modules.Identity.Features;

/// <summary>Deactivating and reactivating a staff member are one change in two directions: the same guards, lockout, audit and event.</summary>
internal sealed class StaffActivation(
    UserManager<PortalUser> users,
    IdentityModuleDbContext context,
    ICurrentUser currentUser,
    SecurityAudit audit,
    TimeProvider clock)
{
    public async Task<StaffResponse> SetActiveAsync(Guid id, bool active, CancellationToken cancellationToken)
    {
        var user = await users.FindStaffMemberAsync(id);
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
