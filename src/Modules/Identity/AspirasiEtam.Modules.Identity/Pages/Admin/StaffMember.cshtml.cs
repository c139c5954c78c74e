using AspirasiEtam.Modules.Identity.Features.ChangeStaffActivation;
using AspirasiEtam.Modules.Identity.Features.GetStaffMember;
using AspirasiEtam.Modules.Identity.Features.ListActiveAgencies;
using AspirasiEtam.Modules.Identity.Features.UpdateStaffAccess;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AspirasiEtam.Modules.Identity.Pages.Admin;

/// <summary>One staff member: roles, agencies, deactivation.</summary>
[Authorize(Policy = Policies.Admin)]
internal sealed class StaffMemberModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public StaffForm Form { get; set; } = new();

    public StaffResponse Staff { get; private set; } = null!;

    public IReadOnlyList<(Guid Id, string Name)> Agencies { get; private set; } = [];

    public string? Saved { get; private set; }

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        Form = new StaffForm { FullName = Staff.FullName, Roles = [.. Staff.Roles], AgencyIds = [.. Staff.Agencies.Select(a => a.Id)], ProvinceWide = Staff.ProvinceWide };
    }

    public Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken cancellationToken) =>
        RunAsync(id, () => mediator.Send(new UpdateStaffAccess(id, Form.FullName, Form.Roles, Form.AgencyIds, Form.ProvinceWide), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostDeactivateAsync(Guid id, CancellationToken cancellationToken) =>
        RunAsync(id, () => mediator.Send(new ChangeStaffActivation(id, Active: false), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostReactivateAsync(Guid id, CancellationToken cancellationToken) =>
        RunAsync(id, () => mediator.Send(new ChangeStaffActivation(id, Active: true), cancellationToken), cancellationToken);

    private async Task<IActionResult> RunAsync(Guid id, Func<Task<StaffResponse>> action, CancellationToken cancellationToken)
    {
        try
        {
            await action();
            Saved = Bilingual.T("Perubahan disimpan.", "Changes saved.");
        }
        catch (Exception ex) when (PageErrors.TryAdd(ModelState, ex, nameof(Form)))
        {
        }

        await LoadAsync(id, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Staff = await mediator.Send(new GetStaffMember(id), cancellationToken);
        Agencies = await mediator.Send(new ListActiveAgencies(), cancellationToken);
    }
}
