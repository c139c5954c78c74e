using AspirasiEtam.Modules.PublicInformation.Features.ListReceivingAgencies;
using AspirasiEtam.Modules.PublicInformation.Features.SearchRegister;
using AspirasiEtam.Modules.PublicInformation.Features.SubmitRequest;
using AspirasiEtam.Modules.PublicInformation.Features.SuggestPublishedInformation;
using AspirasiEtam.Shared.Files;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AspirasiEtam.Modules.PublicInformation.Pages.Requests;

/// <summary>
/// The request form in two steps: first what information is wanted, answered with the published entries that match
/// (the applicant may find it there and stop); then who asks and how to receive it. The receipt follows on its own page.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.TrackingCode)]
[RequestSizeLimit(6 * 1024 * 1024)]
internal sealed class RequestFormModel(IMediator mediator) : PageModel
{
    public const string ReceiptKey = "ppid-request-receipt";

    [BindProperty]
    public RequestFields Form { get; set; } = new();

    [BindProperty]
    public IFormFile? IdentityScan { get; set; }

    /// <summary>Whether the applicant has seen the matching published entries (the second step).</summary>
    public bool Checked { get; private set; }

    public IReadOnlyList<RegisterHit> Matches { get; private set; } = [];

    public IReadOnlyList<ReceivingAgency> Agencies { get; private set; } = [];

    public async Task OnGetAsync(Guid? agencyId, CancellationToken cancellationToken)
    {
        Form.AgencyId = agencyId;
        Form.SubmissionKey = Guid.NewGuid().ToString("N");
        Agencies = await mediator.Send(new ListReceivingAgencies(), cancellationToken);
    }

    public async Task<IActionResult> OnPostCheckAsync(CancellationToken cancellationToken)
    {
        Agencies = await mediator.Send(new ListReceivingAgencies(), cancellationToken);
        ModelState.Clear();
        if (string.IsNullOrWhiteSpace(Form.InformationWanted))
        {
            ModelState.AddModelError("Form.InformationWanted", Bilingual.T("Tuliskan informasi yang dimohon.", "Describe the information you want."));
            return Page();
        }

        Matches = await mediator.Send(new SuggestPublishedInformation(Form.InformationWanted), cancellationToken);
        Form.SubmissionKey = IdempotencyKeys.IsWellFormed(Form.SubmissionKey) ? Form.SubmissionKey : Guid.NewGuid().ToString("N");
        Checked = true;
        return Page();
    }

    public async Task<IActionResult> OnPostSendAsync(CancellationToken cancellationToken)
    {
        Checked = true;
        try
        {
            var receipt = await mediator.Send(Form.ToRequest(await FormUploads.ReadAsync(IdentityScan, UploadPolicy.Evidence, "identityScan", cancellationToken)), cancellationToken);
            TempData[ReceiptKey] = receipt.Number + "\n" + receipt.AccessCode;
            return RedirectToPage("/Requests/RequestReceipt");
        }
        catch (Exception ex) when (PageErrors.TryAdd(ModelState, ex, nameof(Form)))
        {
            Agencies = await mediator.Send(new ListReceivingAgencies(), cancellationToken);
            return Page();
        }
    }
}

/// <summary>The form's fields, as the page posts them.</summary>
internal sealed class RequestFields
{
    public string? ApplicantKind { get; set; } = "individual";

    public string? Name { get; set; }

    public string? IdentityNumber { get; set; }

    public string? Address { get; set; }

    public string? Occupation { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? InformationWanted { get; set; }

    public string? Purpose { get; set; }

    public string? Obtain { get; set; } = "softcopy";

    public string? Delivery { get; set; } = "email";

    public Guid? AgencyId { get; set; }

    public bool PublicArchive { get; set; }

    /// <summary>Made when the form is shown: the same form sent twice registers one request.</summary>
    public string? SubmissionKey { get; set; }

    public SubmitRequest ToRequest(UploadedFile? scan) => new()
    {
        ApplicantKind = ApplicantKind, Name = Name, IdentityNumber = IdentityNumber, Address = Address, Occupation = Occupation, Phone = Phone,
        Email = Email, InformationWanted = InformationWanted, Purpose = Purpose, Obtain = Obtain, Delivery = Delivery, AgencyId = AgencyId,
        PublicArchive = PublicArchive, IdentityScan = scan, Channel = "web", IdempotencyKey = string.IsNullOrEmpty(SubmissionKey) ? null : SubmissionKey,
    };
}
