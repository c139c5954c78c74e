using AspirasiEtam.Modules.PublicInformation.Features.FileObjection;
using AspirasiEtam.Modules.PublicInformation.Features.OpenRequestFile;
using AspirasiEtam.Modules.PublicInformation.Features.TrackRequest;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AspirasiEtam.Modules.PublicInformation.Pages.Requests;

/// <summary>
/// The applicant's page: with the number and secret code (posted, never in the address), the request's clock and how
/// it was counted, its chronology, the letters as issued, the documents once released, and the objection form while
/// the window is open.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.TrackingCode)]
internal sealed class RequestStatusModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "nomor")]
    public string? Number { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? Ground { get; set; }

    [BindProperty]
    public string? Reasons { get; set; }

    public TrackedRequestView? Tracked { get; private set; }

    public string? Message { get; private set; }

    /// <summary>Signed in, the applicant's own request opens from its number alone; anyone else gets the form.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (Number is not null && User.Identity?.IsAuthenticated == true)
        {
            try
            {
                Tracked = await mediator.Send(new TrackRequest(Number, null), cancellationToken);
            }
            catch (NotFoundException)
            {
                // Not the caller's request: the form asks for the code.
            }
        }
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public async Task<IActionResult> OnPostObjectAsync(CancellationToken cancellationToken)
    {
        try
        {
            var receipt = await mediator.Send(new FileObjection(Number, Code, Ground, Reasons), cancellationToken);
            Message = Bilingual.T(
                $"Keberatan diregistrasi dengan nomor {receipt.Number}. Atasan PPID menanggapi paling lambat {RequestLabels.Day(receipt.DueOn)}.",
                $"Objection registered as {receipt.Number}. The PPID's superior answers by {RequestLabels.Day(receipt.DueOn)}.");
            Ground = null;
            Reasons = null;
        }
        catch (Exception ex) when (PageErrors.TryAdd(ModelState, ex))
        {
        }

        return await ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostLinkAsync(CancellationToken cancellationToken)
    {
        try
        {
            return Redirect((await mediator.Send(new RenewDocumentLink(Number, Code), cancellationToken)).Url);
        }
        catch (Exception ex) when (PageErrors.TryAdd(ModelState, ex))
        {
            return await ShowAsync(cancellationToken);
        }
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        try
        {
            Tracked = await mediator.Send(new TrackRequest(Number, Code), cancellationToken);
        }
        catch (NotFoundException)
        {
            ModelState.AddModelError(string.Empty, Bilingual.T("Nomor atau kode rahasia salah.", "Wrong number or secret code."));
        }

        return Page();
    }
}
