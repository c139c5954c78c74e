using AspirasiEtam.Modules.Identity.Accounts;
using AspirasiEtam.Modules.Identity.Features.DisableAuthenticator;
using AspirasiEtam.Modules.Identity.Features.EnableAuthenticator;
using AspirasiEtam.Modules.Identity.Features.GetMyAccount;
using AspirasiEtam.Modules.Identity.Features.SetUpAuthenticator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using QRCoder;

namespace AspirasiEtam.Modules.Identity.Pages.Account;

/// <summary>Authenticator enrolment: scan the QR code (or type the key), prove it with one code, keep the recovery codes.</summary>
[Authorize(Policy = Policies.SignedIn)]
internal sealed class TwoFactorModel(IMediator mediator, UserManager<PortalUser> users, SignInManager<PortalUser> signIn, ICurrentUser currentUser) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool Wajib { get; set; }

    [BindProperty]
    public string? Code { get; set; }

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
            var user = await users.FindByIdAsync(currentUser.UserId!.Value.ToString());
            await signIn.SignInWithClaimsAsync(user!, isPersistent: false, [PortalSignIn.MultiFactorClaim]);
            Enabled = true;
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
        await mediator.Send(new DisableAuthenticator(), cancellationToken);
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var account = await mediator.Send(new GetMyAccount(), cancellationToken);
        Enabled = account.TwoFactorEnabled;
        if (!Enabled)
        {
            Setup = await mediator.Send(new SetUpAuthenticator(), cancellationToken);
            using var generator = new QRCodeGenerator();
            using var data = generator.CreateQrCode(Setup.AuthenticatorUri, QRCodeGenerator.ECCLevel.Q);
            QrCodeDataUri = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(5));
        }
    }
}
