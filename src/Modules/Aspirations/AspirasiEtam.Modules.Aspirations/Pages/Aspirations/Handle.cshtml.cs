using AspirasiEtam.Modules.Aspirations.Features.ListCategories;
using AspirasiEtam.Modules.Aspirations.Features.AddFollowUpNote;
using AspirasiEtam.Modules.Aspirations.Features.DispatchToAgency;
using AspirasiEtam.Modules.Aspirations.Features.GetStaffSubmission;
using AspirasiEtam.Modules.Aspirations.Features.ListDispatchAgencies;
using AspirasiEtam.Modules.Aspirations.Features.ListResponseTemplates;
using AspirasiEtam.Modules.Aspirations.Features.RejectSubmission;
using AspirasiEtam.Modules.Aspirations.Features.RespondToReporter;
using AspirasiEtam.Modules.Aspirations.Features.ReturnNotOurAuthority;
using AspirasiEtam.Modules.Aspirations.Features.SetTargetDate;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AspirasiEtam.Modules.Aspirations.Pages.Aspirations;

/// <summary>One submission for staff: PPID Utama dispatches or rejects; the agency notes, responds or returns it.</summary>
[Authorize(Policy = Policies.Staff)]
internal sealed class HandleModel(IMediator mediator, ICurrentUser currentUser, IAuthorizationService authorization) : PageModel
{
    [BindProperty]
    public string? Text { get; set; }

    /// <summary>Notes stay internal unless the officer chooses to show one to the reporter (who is then emailed).</summary>
    [BindProperty]
    public bool VisibleToReporter { get; set; }

    [BindProperty]
    public Guid AgencyId { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? DuplicateOf { get; set; }

    [BindProperty]
    public string? PublicTitle { get; set; }

    [BindProperty]
    public DateOnly? TargetDate { get; set; }

    /// <summary>
    /// The officer's "I am sure" for a step that cannot be undone (reject, final response, return): the page refuses
    /// the step without it, so a slip on the wrong one of two buttons changes nothing.
    /// </summary>
    [BindProperty]
    public bool Confirmed { get; set; }

    [BindProperty]
    public string? PublicDescription { get; set; }

    public StaffSubmission Submission { get; private set; } = null!;

    /// <summary>The report's category as the staff member's language names it (null for a category since removed).</summary>
    public string? CategoryName { get; private set; }

    public IReadOnlyList<DispatchAgencyResponse> Agencies { get; private set; } = [];

    [BindProperty]
    public Guid TemplateId { get; set; }

    public IReadOnlyList<ResponseTemplateResponse> Templates { get; private set; } = [];

    public string? ResponseDraft { get; private set; }

    /// <summary>Whether the user may write on reports (notes, answers, returns); supervisors only read.</summary>
    public bool CanWork { get; private set; }

    public bool IsMainOffice => currentUser.IsInRole(Roles.MainOffice) || currentUser.IsInRole(Roles.SuperAdmin);

    public Task OnGetAsync(Guid id, CancellationToken cancellationToken) => LoadAsync(id, cancellationToken);

    public Task<IActionResult> OnPostDispatchAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, new DispatchToAgency([id], AgencyId, PublicTitle, PublicDescription), ct);

    public Task<IActionResult> OnPostRejectAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, new RejectSubmission(id, Reason, DuplicateOf, Text), ct, irreversible: true);

    public Task<IActionResult> OnPostNoteAsync(Guid id, CancellationToken ct) => RunAsync(id, new AddFollowUpNote(id, Text, Internal: !VisibleToReporter), ct);

    public Task<IActionResult> OnPostRespondAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, new RespondToReporter(id, Text), ct, irreversible: true);

    public Task<IActionResult> OnPostTargetAsync(Guid id, CancellationToken ct) => RunAsync(id, new SetTargetDate(id, TargetDate, Reason), ct);

    /// <summary>Fills the response box with a template; the officer edits it before sending. No script needed.</summary>
    public async Task<IActionResult> OnPostUseTemplateAsync(Guid id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        ResponseDraft = Templates.FirstOrDefault(t => t.Id == TemplateId)?.Body;
        return Page();
    }

    public Task<IActionResult> OnPostReturnAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, new ReturnNotOurAuthority(id, Text), ct, irreversible: true);

    private async Task<IActionResult> RunAsync<T>(Guid id, IRequest<T> request, CancellationToken cancellationToken, bool irreversible = false)
    {
        try
        {
            // Unconfirmed, a step is refused only to those allowed to take it: the rest hear "forbidden" as before.
            if (irreversible && (await authorization.AuthorizeAsync(User, PolicyOf(request))).Succeeded)
            {
                PageErrors.RequireConfirmed(Confirmed, "Centang konfirmasi: langkah ini tidak dapat dibatalkan.", "Tick the confirmation: this step cannot be undone.");
            }

            await mediator.Send(request, cancellationToken);
            return RedirectToPage(new { id });
        }
        catch (Exception ex) when (PageErrors.TryAdd(ModelState, ex))
        {
            await LoadAsync(id, cancellationToken);
            return Page();
        }
    }

    private static string PolicyOf(object request) =>
        request.GetType().GetCustomAttributes(typeof(AuthorizeAttribute), inherit: true).OfType<AuthorizeAttribute>().Select(a => a.Policy).OfType<string>().First();

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Submission = await mediator.Send(new GetStaffSubmission(id), cancellationToken);
        CategoryName = Labels.Category(await mediator.Send(new ListCategories(), cancellationToken), Submission.CategoryCode);
        if (IsMainOffice)
        {
            Agencies = await mediator.Send(new ListDispatchAgencies(), cancellationToken);
        }

        AgencyId = Submission.SuggestedAgencyId ?? Guid.Empty;
        CanWork = (await authorization.AuthorizeAsync(User, Policies.AgencyWork)).Succeeded;
        if (CanWork && Submission.AgencyId is { } agency && currentUser.CanWorkFor(agency))
        {
            Templates = await mediator.Send(new ListResponseTemplates(agency), cancellationToken);
        }
    }
}
