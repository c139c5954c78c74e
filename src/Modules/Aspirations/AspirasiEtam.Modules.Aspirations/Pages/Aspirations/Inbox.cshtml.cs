using AspirasiEtam.Shared.Time;
using AspirasiEtam.Modules.Aspirations.Features.CountInbox;
using AspirasiEtam.Modules.Aspirations.Features.DispatchToAgency;
using AspirasiEtam.Modules.Aspirations.Features.ListCategories;
using AspirasiEtam.Modules.Aspirations.Features.ListDispatchAgencies;
using AspirasiEtam.Modules.Aspirations.Features.ListInbox;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AspirasiEtam.Modules.Aspirations.Pages.Aspirations;

/// <summary>
/// The staff inbox: PPID Utama sees new submissions (with the suggested agency, and dispatches several at once);
/// agency staff see their agencies' ones. Counts per status, filters, and how many days each has left.
/// </summary>
[Authorize(Policy = Policies.Staff)]
internal sealed class InboxModel(IMediator mediator, ICurrentUser currentUser, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public InboxSort Sort { get; set; }

    /// <summary>The reports ticked for a dispatch together.</summary>
    [BindProperty]
    public List<Guid> Ids { get; set; } = [];

    [BindProperty]
    public Guid AgencyId { get; set; }

    [BindProperty]
    public bool Confirmed { get; set; }

    public bool IsMainOffice => currentUser.IsInRole(Roles.MainOffice) || currentUser.IsInRole(Roles.SuperAdmin);

    public StaffPage Items { get; private set; } = new([], null, null);

    public InboxCounts Counts { get; private set; } = new(new Dictionary<string, int>(), 0);

    public IReadOnlyList<CategoryResponse> Categories { get; private set; } = [];

    public IReadOnlyList<DispatchAgencyResponse> Agencies { get; private set; } = [];

    public string? Message { get; private set; }

    public DateOnly Today => LocalTime.Today(clock.GetUtcNow());

    /// <summary>Bulk dispatch shows on PPID Utama's list of reports waiting for verification.</summary>
    public bool CanDispatchTogether => IsMainOffice && (string.IsNullOrEmpty(Status) || Status == nameof(SubmissionStatus.Submitted));

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostDispatchAsync(CancellationToken cancellationToken)
    {
        // Who may dispatch is asked first, as the dispatch itself would: others hear "forbidden", not a form error.
        if (!(await authorization.AuthorizeAsync(User, Policies.Admin)).Succeeded)
        {
            throw new ForbiddenException("Only PPID Utama dispatches reports. / Hanya PPID Utama yang meneruskan laporan.");
        }

        try
        {
            if (Ids.Count == 0)
            {
                throw new InvalidFieldException(nameof(Ids), Bilingual.T("Centang laporan yang akan diteruskan.", "Tick the reports to dispatch."));
            }

            PageErrors.RequireConfirmed(
                Confirmed,
                "Centang konfirmasi: laporan yang tidak rahasia tampil di publik dengan teksnya sekarang.",
                "Tick the confirmation: reports that are not confidential go public with their text as it is.");

            var dispatched = await mediator.Send(new DispatchToAgency(Ids, AgencyId), cancellationToken);
            Message = Bilingual.T($"{dispatched.Count} laporan diteruskan.", $"{dispatched.Count} reports dispatched.");
        }
        catch (Exception ex) when (PageErrors.TryAdd(ModelState, ex))
        {
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Categories = await mediator.Send(new ListCategories(), cancellationToken);
        Counts = await mediator.Send(new CountInbox(), cancellationToken);
        if (IsMainOffice)
        {
            Agencies = await mediator.Send(new ListDispatchAgencies(), cancellationToken);
        }

        try
        {
            Items = await mediator.Send(new ListInbox
            {
                Inbox = IsMainOffice ? Inbox.MainOffice : Inbox.Agency,
                Status = Status,
                Category = string.IsNullOrEmpty(Category) ? null : Category,
                Search = Search,
                Overdue = Overdue ? true : null,
                Sort = Sort.ToString(),
                PageSize = PagingRules.MaxPageSize,
            }, cancellationToken);
        }
        catch (Exception ex) when (PageErrors.TryAdd(ModelState, ex))
        {
        }
    }
}
