using AspirasiEtam.Modules.Aspirations.Features.TrackSubmission;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AspirasiEtam.Modules.Aspirations.Pages.Aspirations;

/// <summary>The printable receipt (tanda bukti): code, what was sent, when, and when PPID Utama answers by.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.TrackingCode)]
internal sealed class ReceiptModel(IMediator mediator) : PageModel
{
    public TrackedSubmission Submission { get; private set; } = null!;

    public async Task OnGetAsync(string code, CancellationToken cancellationToken) =>
        Submission = await mediator.Send(new TrackSubmission(code), cancellationToken);
}
