using AspirasiEtam.Modules.OrganisationDirectory.Features;
using AspirasiEtam.Modules.OrganisationDirectory.Features.ListAgencies;
using AspirasiEtam.Modules.OrganisationDirectory.Features.RegisterAgency;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AspirasiEtam.Modules.OrganisationDirectory.Pages.Directory;

/// <summary>The directory for PPID Utama: every agency, active or not, and a new one after a reorganisation.</summary>
[Authorize(Policy = Policies.Admin)]
internal sealed class AdminAgenciesModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public AgencyForm Form { get; set; } = new();

    public PagedResult<AgencyResponse> Agencies { get; private set; } = new([], 1, 1, 0);

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostRegisterAsync(CancellationToken cancellationToken)
    {
        try
        {
            var registered = await mediator.Send(Form.ToRequest(new RegisterAgency { Code = Code }), cancellationToken);
            return Redirect($"/admin/opd/{registered.Id}");
        }
        catch (Exception ex) when (PageErrors.TryAdd(ModelState, ex, nameof(Form)))
        {
            // The code is the register's own field, not one of the shared agency fields.
            if (ModelState.TryGetValue($"{nameof(Form)}.{nameof(Code)}", out var codeErrors))
            {
                foreach (var error in codeErrors.Errors.ToList())
                {
                    ModelState.AddModelError(nameof(Code), error.ErrorMessage);
                }

                ModelState.Remove($"{nameof(Form)}.{nameof(Code)}");
            }

            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Agencies = await mediator.Send(new ListAgencies(Search, null, null, 1, PagingRules.MaxPageSize), cancellationToken);
}
