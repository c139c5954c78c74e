using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AspirasiEtam.Modules.Identity.Pages.Account;

/// <summary>
/// Where a sign-in goes when no page asked for it: on to the first <see cref="LandingPage"/> the modules offer whose
/// policy the user now meets (a citizen to their reports, staff to their inbox), else the account page. Asked after
/// the sign-in cookie is set, so the policies read the user as every later page will.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
internal sealed class LandingModel(IEnumerable<LandingPage> landings, IAuthorizationService authorization) : PageModel
{
    public const string Path = "/masuk/tujuan";

    public async Task<IActionResult> OnGetAsync()
    {
        foreach (var landing in landings.OrderBy(l => l.Order))
        {
            if ((await authorization.AuthorizeAsync(User, landing.Policy)).Succeeded)
            {
                return LocalRedirect(landing.Href);
            }
        }

        return LocalRedirect("/akun");
    }
}
