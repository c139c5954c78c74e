using AspirasiEtam.Modules.PublicInformation.Features.OpenRequestFile;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AspirasiEtam.Modules.PublicInformation.Pages.Requests;

/// <summary>The documents released to an applicant, behind the private link that expires.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.TrackingCode)]
internal sealed class ReleasedDocumentsModel(IMediator mediator) : PageModel
{
    public ReleasedDocuments Released { get; private set; } = null!;

    public string Token { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        try
        {
            Released = await mediator.Send(new ListReleasedDocuments(token), cancellationToken);
            Token = token;
            return Page();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}
