using AspirasiEtam.Modules.PublicInformation.Features.AnnounceEntry;
using AspirasiEtam.Modules.PublicInformation.Features.DeclareExempt;
using AspirasiEtam.Modules.PublicInformation.Features.GetEntry;
using AspirasiEtam.Modules.PublicInformation.Features.PublishEntry;
using AspirasiEtam.Modules.PublicInformation.Features.UploadDocument;
using AspirasiEtam.Modules.PublicInformation.Features.WithdrawEntry;
using AspirasiEtam.Shared.Files;
using AspirasiEtam.Modules.PublicInformation.Features.ListChecklistItems;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using AspirasiEtam.Shared.Time;

namespace AspirasiEtam.Modules.PublicInformation.Pages.Ppid;

/// <summary>One register entry for its agency's staff: change it, add documents, publish, withdraw or declare it exempt.</summary>
[Authorize(Policy = Policies.Staff)]
internal sealed class ManageModel(IMediator mediator, ICurrentUser currentUser) : PageModel
{
    [BindProperty]
    public EntryForm Form { get; set; } = new();

    [BindProperty]
    public IFormFile? Document { get; set; }

    [BindProperty]
    public int? Series { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public ExemptionForm Exemption { get; set; } = new();

    /// <summary>Until when (WITA, as the form's clock reads) a serta merta entry is announced on every page.</summary>
    [BindProperty]
    public DateTime? AnnounceUntil { get; set; }

    public StaffEntryView Entry { get; private set; } = null!;

    /// <summary>Whether the user may change this entry (its agency's officers, PPID Utama); supervisors only read.</summary>
    public bool CanWork { get; private set; }

    public string? Message { get; private set; }

    /// <summary>Whatever a handler did, a page it renders offers the current berkala checklist.</summary>
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Result is PageResult or null)
        {
            Form.ChecklistOptions = await mediator.Send(new ListChecklistItems(), HttpContext.RequestAborted);
        }
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Form = EntryForm.From(Entry);
        return Page();
    }

    public Task<IActionResult> OnPostUpdateAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, () => mediator.Send(Form.ToUpdate(id), ct), T("Perubahan disimpan.", "Changes saved."), nameof(Form), ct);

    public Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, () => mediator.Send(new PublishEntry(id), ct), T("Entri diterbitkan.", "The entry is published."), null, ct);

    public Task<IActionResult> OnPostWithdrawAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, () => mediator.Send(new WithdrawEntry(Reason) { Id = id }, ct), T("Entri ditarik.", "The entry is withdrawn."), null, ct);

    public Task<IActionResult> OnPostExemptAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, () => mediator.Send(Exemption.ToRequest(id), ct), T("Pengecualian dicatat.", "The exemption is recorded."), nameof(Exemption), ct);

    public Task<IActionResult> OnPostAnnounceAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, () => mediator.Send(new AnnounceEntry(AnnounceUntil is { } until ? LocalTime.FromForm(until) : null) { Id = id }, ct),
            T("Pengumuman tampil di semua halaman.", "The announcement shows on every page."), null, ct);

    public Task<IActionResult> OnPostDocumentAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, async () => await mediator.Send(
            new UploadDocument(id, Series, await FormUploads.ReadAsync(Document, UploadPolicy.PublicDocuments, "file", ct)), ct),
            T("Dokumen diunggah.", "The document is uploaded."), null, ct);

    private static string T(string id, string en) => Bilingual.T(id, en);

    private async Task<IActionResult> RunAsync(Guid id, Func<Task<StaffEntryView>> step, string done, string? prefix, CancellationToken cancellationToken)
    {
        try
        {
            Entry = await step();
            Message = done;
            Form = EntryForm.From(Entry);
            CanWork = currentUser.CanWorkFor(Entry.AgencyId);
            ModelState.Clear();
            return Page();
        }
        catch (Exception ex) when (PageErrors.TryAdd(ModelState, ex, prefix))
        {
            return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            Entry = await mediator.Send(new GetEntry(id), cancellationToken);
            CanWork = currentUser.CanWorkFor(Entry.AgencyId);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}

/// <summary>The exemption decision as the form posts it.</summary>
internal sealed class ExemptionForm
{
    public string? Ground { get; set; }

    public string? Harm { get; set; }

    public string? PublicInterest { get; set; }

    public DateOnly? Until { get; set; }

    public string? DecidedBy { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public DeclareExempt ToRequest(Guid id) => new(Ground, Harm, PublicInterest, Until, DecidedBy, DecidedOn) { Id = id };
}
