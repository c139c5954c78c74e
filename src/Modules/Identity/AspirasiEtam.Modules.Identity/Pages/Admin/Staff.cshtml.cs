using AspirasiEtam.Modules.Identity.Features.InviteStaffMember;
using AspirasiEtam.Modules.Identity.Features.ListActiveAgencies;
using AspirasiEtam.Modules.Identity.Features.ListStaff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AspirasiEtam.Modules.Identity.Pages.Admin;

/// <summary>Staff accounts: the list, and the form to invite a new staff member.</summary>
[Authorize(Policy = Policies.Admin)]
internal sealed class StaffModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty]
    public StaffForm Form { get; set; } = new();

    public PagedResult<StaffResponse> Staff { get; private set; } = new([], 1, 100, 0);

    public IReadOnlyList<(Guid Id, string Name)> Agencies { get; private set; } = [];

    public string? Created { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            var created = await mediator.Send(new InviteStaffMember(Form.Email, Form.FullName, Form.Roles, Form.AgencyIds, Form.ProvinceWide), cancellationToken);
            Created = created.Email;
            Form = new StaffForm();
            ModelState.Clear();
        }
        catch (Exception ex) when (PageErrors.TryAdd(ModelState, ex, nameof(Form)))
        {
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Staff = await mediator.Send(new ListStaff(Search, null, null, null, 1, PagingRules.MaxPageSize), cancellationToken);
        Agencies = await mediator.Send(new ListActiveAgencies(), cancellationToken);
    }
}

/// <summary>The fields of the staff forms (invite and edit).</summary>
internal sealed class StaffForm
{
    public string? Email { get; set; }

    public string? FullName { get; set; }

    public List<string> Roles { get; set; } = [];

    public List<Guid> AgencyIds { get; set; } = [];

    public bool ProvinceWide { get; set; }
}
