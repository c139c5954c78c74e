using Microsoft.AspNetCore.Identity;

namespace AspirasiEtam.Modules.Identity.Features;

internal static class SignedInAccount
{
    /// <summary>The signed-in user's account; a sign-in can outlive its account, hence the 404.</summary>
    public static async Task<PortalUser> FindSignedInAsync(this UserManager<PortalUser> users, ICurrentUser currentUser) =>
        await users.FindByIdAsync(currentUser.UserId?.ToString() ?? string.Empty)
        ?? throw new NotFoundException("The account no longer exists. / Akun tidak ditemukan.");
}
