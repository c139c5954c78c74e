using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace AspirasiEtam.Modules.Identity.Persistence;

/// <summary>Puts the user's name, roles and agency scope on their sign-in (cookie or bearer token).</summary>
internal sealed class PortalClaimsFactory(
    UserManager<PortalUser> users,
    RoleManager<IdentityRole<Guid>> roles,
    IOptions<IdentityOptions> options,
    IdentityModuleDbContext context) : UserClaimsPrincipalFactory<PortalUser, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim("full_name", user.FullName));
        if (user.ProvinceWide)
        {
            identity.AddClaim(new Claim(PortalClaims.ProvinceWide, "true"));
        }

        var agencies = await context.StaffAgencyScopes.Where(s => s.UserId == user.Id).Select(s => s.AgencyId).ToListAsync();
        identity.AddClaims(agencies.Select(id => new Claim(PortalClaims.Agency, id.ToString())));
        return identity;
    }
}
