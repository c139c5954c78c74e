using AspirasiEtam.Modules.Identity.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AspirasiEtam.Modules.Identity.Pages.Account;

/// <summary>Signing out is a POST (with antiforgery), so a link on another site cannot sign anyone out.</summary>
[AllowAnonymous]
internal sealed class SignOutModel(SignInManager<PortalUser> signIn, SecurityAudit audit, ICurrentUser currentUser) : PageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        if (currentUser.UserId is { } id)
        {
            await audit.SaveAsync(SecurityEventKind.SignedOut, id, User.Identity?.Name);
        }

        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}
