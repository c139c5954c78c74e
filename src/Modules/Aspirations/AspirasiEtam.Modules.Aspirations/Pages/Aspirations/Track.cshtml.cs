using AspirasiEtam.Modules.Aspirations.Features.RateResponse;
using AspirasiEtam.Modules.Aspirations.Features.ReplyToResponse;
using AspirasiEtam.Modules.Aspirations.Features.TrackSubmission;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using AspirasiEtam.Modules.Aspirations.Caching;

namespace AspirasiEtam.Modules.Aspirations.Pages.Aspirations;

/// <summary>
/// The tracking page: the lookup form without a code; the status, answer, reply and rating with one. The code in
/// the address authorises the reply and the rating, as in the API: no cookie-bound antiforgery token (a forged
/// post needs the code, which is the credential itself), so the page can be cached (docs/adr/0013).
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[OutputCache(PolicyName = PublicCache.TrackingPagePolicy)]
[EnableRateLimiting(RateLimitPolicies.TrackingCode)]
internal sealed class TrackModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public string? ReplyText { get; set; }

    [BindProperty]
    public bool Reopen { get; set; }

    [BindProperty]
    public int Stars { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    public TrackedSubmission? Submission { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? q, CancellationToken cancellationToken)
    {
        if (Code is null && q is not null)
        {
            return TrackingCode.Normalize(q) is { } code ? Redirect($"/lacak/{code}") : NotFoundPage();
        }

        if (Code is not null)
        {
            return await LoadAsync(cancellationToken) ? Page() : NotFoundPage();
        }

        return Page();
    }

    public Task<IActionResult> OnPostReplyAsync(CancellationToken cancellationToken) =>
        ActAsync(new ReplyToResponse(Code, ReplyText, Reopen), cancellationToken);

    public Task<IActionResult> OnPostRateAsync(CancellationToken cancellationToken) =>
        ActAsync(new RateResponse(Code, Stars, Comment), cancellationToken);

    private async Task<IActionResult> ActAsync(IRequest<TrackedSubmission> request, CancellationToken cancellationToken)
    {
        try
        {
            Submission = await mediator.Send(request, cancellationToken);
            return Page();
        }
        catch (Exception ex) when (ex is not NotFoundException && PageErrors.TryAdd(ModelState, ex))
        {
            return await LoadAsync(cancellationToken) ? Page() : NotFoundPage();
        }
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            Submission = await mediator.Send(new TrackSubmission(Code), cancellationToken);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }

    private PageResult NotFoundPage()
    {
        ModelState.AddModelError(string.Empty, Bilingual.T("Kode pelacakan tidak ditemukan. Periksa kembali kodenya.", "No report has this tracking code. Please check it."));
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
