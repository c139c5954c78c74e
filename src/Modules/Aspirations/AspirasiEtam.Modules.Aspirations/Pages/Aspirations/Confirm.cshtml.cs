using AspirasiEtam.Modules.Aspirations.Features.ConfirmSubmission;
using AspirasiEtam.Modules.Aspirations.Features.SubmitAspiration;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AspirasiEtam.Modules.Aspirations.Pages.Aspirations;

[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.TrackingCode)]
internal sealed class ConfirmModel(IMediator mediator) : PageModel
{
    public SubmitAspirationResult? Result { get; private set; }

    public async Task OnGetAsync(string? kode, string? token, CancellationToken cancellationToken)
    {
        try
        {
            Result = await mediator.Send(new ConfirmSubmission(kode, token), cancellationToken);
        }
        catch (Exception ex) when (PageErrors.TryAdd(ModelState, ex))
        {
        }
    }
}
