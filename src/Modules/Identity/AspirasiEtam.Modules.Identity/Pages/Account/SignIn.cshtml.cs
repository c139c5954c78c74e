using System.ComponentModel.DataAnnotations;
using AspirasiEtam.Modules.Identity.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AspirasiEtam.Modules.Identity.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.Account)]
internal sealed class SignInModel(PortalSignIn signIn) : PageModel
{
    [BindProperty]
    [Required]
    public string Email { get; set; } = string.Empty;

    [BindProperty]
    [Required]
    [DataType(DataType.Password)]
    public string Password { get; set; } = string.Empty;

    [BindProperty]
    public bool RememberMe { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var outcome = await signIn.WithPasswordAsync(Email, Password, RememberMe);
        switch (outcome)
        {
            case SignInOutcome.Succeeded:
                return LocalRedirect(SafeReturnUrl(ReturnUrl, LandingModel.Path));
            case SignInOutcome.RequiresTwoFactor:
                return RedirectToPage("/Account/TwoStep", new { returnUrl = ReturnUrl, rememberMe = RememberMe });
            case SignInOutcome.TwoFactorEnrolmentRequired:
                return RedirectToPage("/Account/TwoFactor", new { wajib = true });
            case SignInOutcome.LockedOut:
                ModelState.AddModelError(string.Empty, Bilingual.T("Akun dikunci sementara karena terlalu banyak percobaan. Coba lagi dalam 15 menit atau atur ulang kata sandi.", "The account is locked for 15 minutes after too many attempts. Try later or reset your password."));
                break;
            case SignInOutcome.NotAllowed:
                ModelState.AddModelError(string.Empty, Bilingual.T("Email belum dikonfirmasi atau akun nonaktif. Periksa email konfirmasi Anda.", "The email is not confirmed or the account is inactive. Check your confirmation email."));
                break;
            default:
                ModelState.AddModelError(string.Empty, Bilingual.T("Email atau kata sandi salah.", "Wrong email or password."));
                break;
        }

        return Page();
    }

    /// <summary>
    /// Only a path on this site: anything else would make the sign-in page an open redirect. No control characters
    /// either: browsers drop a tab or newline ("/\t/evil.example" is "//evil.example" to them), and LocalRedirect
    /// refuses such a path with an exception, a 500.
    /// </summary>
    public static string SafeReturnUrl(string? returnUrl, string fallback) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            && !returnUrl.Any(char.IsControl)
            ? returnUrl
            : fallback;
}
