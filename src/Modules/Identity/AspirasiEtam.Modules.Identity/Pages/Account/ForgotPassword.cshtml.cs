using AspirasiEtam.Modules.Identity.Features.RequestPasswordReset;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AspirasiEtam.Modules.Identity.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.Account)]
internal sealed class ForgotPasswordModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    public bool Sent { get; private set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            await mediator.Send(new RequestPasswordReset(Email), cancellationToken);
            Sent = true;
        }
        catch (Exception ex) when (PageErrors.TryAdd(ModelState, ex))
        {
        }

        return Page();
    }
}
