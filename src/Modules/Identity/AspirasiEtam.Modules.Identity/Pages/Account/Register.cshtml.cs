using System.ComponentModel.DataAnnotations;
using AspirasiEtam.Modules.Identity.Features.RegisterCitizen;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AspirasiEtam.Modules.Identity.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.Account)]
internal sealed class RegisterModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public string? FullName { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    [DataType(DataType.Password)]
    public string? Password { get; set; }

    [BindProperty]
    [DataType(DataType.Password)]
    public string? ConfirmPassword { get; set; }

    [BindProperty]
    public string? Nik { get; set; }

    public bool Registered { get; private set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!PasswordConfirmation.Matches(ModelState, Password, ConfirmPassword))
        {
            return Page();
        }

        try
        {
            await mediator.Send(new RegisterCitizen(FullName, Email, Password, string.IsNullOrWhiteSpace(Nik) ? null : Nik.Trim()), cancellationToken);
            Registered = true;
        }
        catch (Exception ex) when (PageErrors.TryAdd(ModelState, ex))
        {
        }

        return Page();
    }
}
