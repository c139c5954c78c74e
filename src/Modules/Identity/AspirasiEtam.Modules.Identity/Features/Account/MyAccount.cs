using AspirasiEtam.Modules.Identity.Persistence;
using AspirasiEtam.Shared.Contracts;
using AspirasiEtam.Shared.Domain;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AspirasiEtam.Modules.Identity.Features.Account;

/// <summary>The signed-in user's own account, NIK included (it is theirs).</summary>
internal sealed record GetMyAccount : IRequest<MyAccountResponse>;

internal sealed record MyAccountResponse(
    Guid Id,
    string Email,
    string FullName,
    string? Nik,
    IReadOnlyList<string> Roles,
    IReadOnlyList<AgencyScopeResponse> Agencies,
    bool ProvinceWide,
    bool TwoFactorEnabled);

internal sealed record AgencyScopeResponse(Guid Id, string Code, string Name);

internal sealed class GetMyAccountHandler(UserManager<PortalUser> users, IdentityModuleDbContext context, ICurrentUser currentUser)
    : IRequestHandler<GetMyAccount, MyAccountResponse>
{
    public async Task<MyAccountResponse> Handle(GetMyAccount request, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(currentUser.UserId?.ToString() ?? string.Empty)
            ?? throw new NotFoundException("The account no longer exists. / Akun tidak ditemukan.");
        var agencies = await context.StaffAgencyScopes.Where(s => s.UserId == user.Id)
            .Join(context.KnownAgencies, s => s.AgencyId, a => a.Id, (s, a) => new AgencyScopeResponse(a.Id, a.Code, a.Name))
            .ToListAsync(cancellationToken);
        return new MyAccountResponse(user.Id, user.Email!, user.FullName, user.Nik, [.. await users.GetRolesAsync(user)], agencies, user.ProvinceWide, user.TwoFactorEnabled);
    }
}
