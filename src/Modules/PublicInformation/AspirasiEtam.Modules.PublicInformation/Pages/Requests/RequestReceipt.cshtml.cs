using AspirasiEtam.Modules.PublicInformation.Features.TrackRequest;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace AspirasiEtam.Modules.PublicInformation.Pages.Requests;

/// <summary>
/// The printable receipt (tanda bukti) right after sending: the number, the secret code (carried from the form in the
/// encrypted temp-data cookie, never in a URL), the due day and how it was counted, and a QR code to the status page
/// (with the number only: the code stays on paper). Shown once: the code leaves the temp-data cookie as it is read,
/// so the next person at a shared computer cannot open it again.
/// </summary>
[AllowAnonymous]
internal sealed class RequestReceiptModel(IMediator mediator, IOptions<PortalOptions> portal) : PageModel
{
    public TrackedRequestView Tracked { get; private set; } = null!;

    public string AccessCode { get; private set; } = string.Empty;

    public string StatusUrl { get; private set; } = string.Empty;

    public string QrCodeDataUri { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (TempData[RequestFormModel.ReceiptKey] is not string saved || saved.Split('\n') is not [var number, var code])
        {
            return RedirectToPage("/Requests/RequestStatus");
        }

        Tracked = await mediator.Send(new TrackRequest(number, code), cancellationToken);
        AccessCode = code;
        StatusUrl = portal.Value.Link("/ppid/permohonan/status?nomor=" + Uri.EscapeDataString(number));
        QrCodeDataUri = QrCodes.DataUri(StatusUrl);
        return Page();
    }
}
