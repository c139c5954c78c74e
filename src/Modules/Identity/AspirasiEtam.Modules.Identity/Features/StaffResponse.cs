using Microsoft.AspNetCore.Identity;

namespace AspirasiEtam.Modules.Identity.Features;

/// <summary>A staff account as administrators see it.</summary>
internal sealed record StaffResponse(
    Guid Id,
    string Email,
    string FullName,
    IReadOnlyList<string> Roles,
    IReadOnlyList<AgencyScope> Agencies,
    bool ProvinceWide,
    bool IsActive,
    bool TwoFactorEnabled,
    bool EmailConfirmed)
{
    public static async Task<StaffResponse> OfAsync(PortalUser user, UserManager<PortalUser> users, IdentityModuleDbContext context, CancellationToken cancellationToken)
    {
        var agencies = await AgencyScope.OfAsync(context, user.Id, cancellationToken);
        return new StaffResponse(user.Id, user.Email!, user.FullName, [.. await users.GetRolesAsync(user)], agencies, user.ProvinceWide, user.IsActive, user.TwoFactorEnabled, user.EmailConfirmed);
    }
}

internal static class StaffMembers
{
    /// <summary>A staff account by id; citizens' accounts are not the administrators' to see or change.</summary>
    public static async Task<PortalUser> FindStaffMemberAsync(this UserManager<PortalUser> users, Guid id) =>
        await users.FindByIdAsync(id.ToString()) is { IsStaff: true } user
            ? user
            : throw new NotFoundException($"No staff account has id {id}. / Akun staf dengan id {id} tidak ditemukan.");
}
