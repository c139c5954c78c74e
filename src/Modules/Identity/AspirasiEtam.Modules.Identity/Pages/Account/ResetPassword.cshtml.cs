using System.ComponentModel.DataAnnotations;
using AspirasiEtam.Modules.Identity.Features.ResetPassword;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AspirasiEtam.Modules.Identity.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.Account)]
internal sealed class ResetPasswordModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Email { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    [DataType(DataType.Password)]
    public string? NewPassword { get; set; }

    [BindProperty]
    [DataType(DataType.Password)]
    public string? ConfirmPassword { get; set; }

    public bool Done { get; private set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!PasswordConfirmation.Matches(ModelState, NewPassword, ConfirmPassword))
        {
            return Page();
        }

        try
        {
            await mediator.Send(new ResetPassword(Email, Code, NewPassword), cancellationToken);
            Done = true;
        }
        catch (Exception ex) when (PageErrors.TryAdd(ModelState, ex))
        {
        }

        return Page();
    }
}
