using AspirasiEtam.Modules.Aspirations.Features.TrackSubmission;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace AspirasiEtam.Modules.Aspirations.Pages.Aspirations;

/// <summary>
/// The printable receipt (tanda bukti): who issues it, the code, what was sent, when (WITA), when PPID Utama answers
/// by, the full address of the tracking page and a QR code to it. An unknown code is the site's 404 page.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.TrackingCode)]
internal sealed class ReceiptModel(IMediator mediator, IOptions<PortalOptions> portal) : PageModel
{
    public TrackedSubmission Submission { get; private set; } = null!;

    public string TrackingUrl { get; private set; } = string.Empty;

    public string QrCodeDataUri { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        try
        {
            Submission = await mediator.Send(new TrackSubmission(code), cancellationToken);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        TrackingUrl = portal.Value.Link("/lacak/" + Submission.TrackingCode);
        QrCodeDataUri = QrCodes.DataUri(TrackingUrl);
        return Page();
    }
}
