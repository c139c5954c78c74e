using AspirasiEtam.Modules.PublicInformation.Features.AttachRequestDocument;
using AspirasiEtam.Modules.PublicInformation.Features.ConfirmPayment;
using AspirasiEtam.Modules.PublicInformation.Features.DecideObjection;
using AspirasiEtam.Modules.PublicInformation.Features.DecideRequest;
using AspirasiEtam.Modules.PublicInformation.Features.ExtendRequest;
using AspirasiEtam.Modules.PublicInformation.Features.ForwardRequest;
using AspirasiEtam.Modules.PublicInformation.Features.GetRequest;
using AspirasiEtam.Modules.PublicInformation.Features.ListReceivingAgencies;
using AspirasiEtam.Shared.Files;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AspirasiEtam.Modules.PublicInformation.Pages.Requests;

/// <summary>
/// One request for the staff in scope: its clock, chronology and letters; for its officers and PPID Utama the actions
/// (forward, extend, prepare documents, decide, confirm payment); for the agency's superior the answer to an objection.
/// </summary>
[Authorize(Policy = Policies.Staff)]
internal sealed class HandleRequestModel(IMediator mediator, ICurrentUser currentUser, StaffRequests staff) : PageModel
{
    [BindProperty]
    public Guid? ForwardTo { get; set; }

    [BindProperty]
    public string? OutsideBody { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public IFormFile? Document { get; set; }

    [BindProperty]
    public DecisionFields Decision { get; set; } = new();

    [BindProperty]
    public Guid ObjectionId { get; set; }

    [BindProperty]
    public string? ObjectionOutcome { get; set; }

    [BindProperty]
    public string? ObjectionText { get; set; }

    public StaffRequestView Handled { get; private set; } = null!;

    public IReadOnlyList<ReceivingAgency> Agencies { get; private set; } = [];

    /// <summary>Whether the user may act on the request (its agency's officers, PPID Utama, super admins); others read.</summary>
    public bool CanWork { get; private set; }

    /// <summary>Whether the user answers this agency's objections (its superior, or a super admin).</summary>
    public bool CanAnswerObjections { get; private set; }

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostForwardAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, () => mediator.Send(new ForwardRequest(id, ForwardTo, OutsideBody), ct), Bilingual.T("Permohonan diteruskan.", "The request was forwarded."), ct);

    public Task<IActionResult> OnPostExtendAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, () => mediator.Send(new ExtendRequest(id, Reason), ct), Bilingual.T("Jangka waktu diperpanjang; pemberitahuan diterbitkan.", "Extended; the notice was issued."), ct);

    public Task<IActionResult> OnPostDocumentAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, async () => await mediator.Send(new AttachRequestDocument(id, await FormUploads.ReadAsync(Document, UploadPolicy.PublicDocuments, "file", ct)), ct),
            Bilingual.T("Dokumen disiapkan.", "The document is ready."), ct);

    public Task<IActionResult> OnPostDecideAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, () => mediator.Send(Decision.ToRequest(id), ct), Bilingual.T("Pemberitahuan tertulis diterbitkan.", "The written notice was issued."), ct, nameof(Decision));

    public Task<IActionResult> OnPostPaymentAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, () => mediator.Send(new ConfirmPayment(id), ct), Bilingual.T("Pembayaran dikonfirmasi; dokumen dikirim.", "Payment confirmed; the documents were sent."), ct);

    public async Task<IActionResult> OnPostObjectionAsync(Guid id, CancellationToken ct)
    {
        try
        {
            await mediator.Send(new DecideObjection(ObjectionId, ObjectionOutcome, ObjectionText), ct);
            Message = Bilingual.T("Tanggapan atas keberatan diterbitkan.", "The answer to the objection was issued.");
            ModelState.Clear();
        }
        catch (Exception ex) when (PageErrors.TryAdd(ModelState, ex, "Objection"))
        {
        }

        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<IActionResult> RunAsync(Guid id, Func<Task<StaffRequestView>> step, string done, CancellationToken cancellationToken, string? prefix = null)
    {
        try
        {
            await step();
            Message = done;
            ModelState.Clear();
        }
        catch (Exception ex) when (PageErrors.TryAdd(ModelState, ex, prefix))
        {
        }

        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            Handled = await mediator.Send(new GetRequest(id), cancellationToken);
        }
        catch (NotFoundException)
        {
            return false;
        }

        CanWork = currentUser.CanWorkFor(Handled.AgencyId) && (currentUser.HasProvinceWorkScope || currentUser.IsInRole(Roles.AgencyOfficer));
        CanAnswerObjections = staff.MayDecideObjectionsOf(Handled.AgencyId);
        Agencies = CanWork ? await mediator.Send(new ListReceivingAgencies(), cancellationToken) : [];
        return true;
    }
}

/// <summary>The decision form's fields.</summary>
internal sealed class DecisionFields
{
    public string? Outcome { get; set; }

    public string? Text { get; set; }

    public string? Redactions { get; set; }

    public string? ExemptionGround { get; set; }

    public string? ConsequenceTest { get; set; }

    public string? HoldingBody { get; set; }

    public decimal? Fee { get; set; }

    public string? FeeNote { get; set; }

    public DecideRequest ToRequest(Guid id) => new(id, Outcome, Text, Redactions, ExemptionGround, ConsequenceTest, HoldingBody, Fee, FeeNote);
}
