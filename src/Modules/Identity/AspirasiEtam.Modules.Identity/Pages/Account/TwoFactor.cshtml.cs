using System.ComponentModel.DataAnnotations;
using AspirasiEtam.Modules.Identity.Accounts;
using AspirasiEtam.Modules.Identity.Features.DisableAuthenticator;
using AspirasiEtam.Modules.Identity.Features.EnableAuthenticator;
using AspirasiEtam.Modules.Identity.Features.GetMyAccount;
using AspirasiEtam.Modules.Identity.Features.SetUpAuthenticator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AspirasiEtam.Modules.Identity.Pages.Account;

/// <summary>
/// Authenticator enrolment: scan the QR code (or type the key), prove it with one code, keep the recovery codes.
/// With two-factor on, a new key or turning it off takes the password and a current code.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
internal sealed class TwoFactorModel(IMediator mediator, UserManager<PortalUser> users, SignInManager<PortalUser> signIn, ICurrentUser currentUser) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool Wajib { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    [DataType(DataType.Password)]
    public string? Password { get; set; }

    public bool Enabled { get; private set; }

    public AuthenticatorSetup? Setup { get; private set; }

    public string? QrCodeDataUri { get; private set; }

    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostEnableAsync(CancellationToken cancellationToken)
    {
        try
        {
            RecoveryCodes = await mediator.Send(new EnableAuthenticator(Code), cancellationToken);

            // The code just proved the second factor: renew the sign-in as a two-factor one.
            await signIn.SignInWithClaimsAsync(await SignedInUserAsync(), isPersistent: false, [PortalSignIn.MultiFactorClaim]);
            Enabled = true;
            return Page();
        }
        catch (Exception ex) when (PageErrors.TryAdd(ModelState, ex))
        {
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    /// <summary>A new key while two-factor is on (a new phone): it is off until a code from the new key turns it on.</summary>
    public async Task<IActionResult> OnPostResetAsync(CancellationToken cancellationToken)
    {
        try
        {
            Show(await mediator.Send(new SetUpAuthenticator(Password, Code), cancellationToken));
            await KeepSignedInAsync();

            // The enrolment form below asks for a code of the new key, not the one just typed.
            ModelState.Remove(nameof(Code));
            Code = null;
            return Page();
        }
        catch (Exception ex) when (PageErrors.TryAdd(ModelState, ex))
        {
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostDisableAsync(CancellationToken cancellationToken)
    {
        try
        {
            await mediator.Send(new DisableAuthenticator(Password, Code), cancellationToken);
            await KeepSignedInAsync();
            return RedirectToPage();
        }
        catch (Exception ex) when (PageErrors.TryAdd(ModelState, ex))
        {
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var account = await mediator.Send(new GetMyAccount(), cancellationToken);
        Enabled = account.TwoFactorEnabled;
        if (!Enabled)
        {
            Show(await mediator.Send(new SetUpAuthenticator(), cancellationToken));
        }
    }

    private void Show(AuthenticatorSetup setup)
    {
        Setup = setup;
        QrCodeDataUri = QrCodes.DataUri(setup.AuthenticatorUri, fromScreen: true, pixelsPerModule: 5);
    }

    // Turning two-factor off renewed the security stamp, which ends the account's other sessions; this one just
    // proved both factors, so it is renewed rather than ended at its next check. Renewed without the two-factor
    // mark: two-factor is off now, so staff are back to enrolling before they can work.
    private async Task KeepSignedInAsync() => await signIn.SignInAsync(await SignedInUserAsync(), isPersistent: false);

    private async Task<PortalUser> SignedInUserAsync() => (await users.FindByIdAsync(currentUser.UserId!.Value.ToString()))!;
}
