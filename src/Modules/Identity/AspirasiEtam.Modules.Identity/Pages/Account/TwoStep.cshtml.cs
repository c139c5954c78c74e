using System.ComponentModel.DataAnnotations;
using AspirasiEtam.Modules.Identity.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AspirasiEtam.Modules.Identity.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.Account)]
internal sealed class TwoStepModel(PortalSignIn signIn) : PageModel
{
    [BindProperty]
    [Required]
    [StringLength(20)]
    public string Code { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var outcome = await signIn.WithTwoFactorCodeAsync(Code, RememberMe);
        if (outcome == SignInOutcome.Succeeded)
        {
            return LocalRedirect(SignInModel.SafeReturnUrl(ReturnUrl, LandingModel.Path));
        }

        ModelState.AddModelError(nameof(Code), outcome == SignInOutcome.LockedOut
            ? Bilingual.T("Akun dikunci sementara karena terlalu banyak percobaan.", "The account is locked for a while after too many attempts.")
            : Bilingual.T("Kode salah atau kedaluwarsa. Masuk lagi bila perlu.", "Wrong or expired code. Sign in again if needed."));
        return Page();
    }
}
