using AspirasiEtam.Modules.OrganisationDirectory.Features;
using AspirasiEtam.Modules.OrganisationDirectory.Features.ChangeAgencyActivation;
using AspirasiEtam.Modules.OrganisationDirectory.Features.GetAgency;
using AspirasiEtam.Modules.OrganisationDirectory.Features.UpdateAgency;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AspirasiEtam.Modules.OrganisationDirectory.Pages.Directory;

/// <summary>
/// One agency for PPID Utama: its details, and deactivating it (its open reports go back to PPID Utama for another
/// dispatch: the page asks "I am sure" first) or reactivating it.
/// </summary>
[Authorize(Policy = Policies.Admin)]
internal sealed class AdminAgencyModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public AgencyForm Form { get; set; } = new();

    [BindProperty]
    public bool Confirmed { get; set; }

    [TempData]
    public string? Saved { get; set; }

    public AgencyResponse Agency { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Agency = await mediator.Send(new GetAgency(Id), cancellationToken);
        Form = AgencyForm.From(Agency);
    }

    public async Task<IActionResult> OnPostUpdateAsync(CancellationToken cancellationToken)
    {
        Agency = await mediator.Send(new GetAgency(Id), cancellationToken);
        try
        {
            await mediator.Send(Form.ToRequest(new UpdateAgency { Id = Id }), cancellationToken);
            Saved = Bilingual.T("Data OPD disimpan.", "Agency saved.");
            return RedirectToPage();
        }
        catch (Exception ex) when (PageErrors.TryAdd(ModelState, ex, nameof(Form)))
        {
            return Page();
        }
    }

    public async Task<IActionResult> OnPostActivationAsync(CancellationToken cancellationToken)
    {
        Agency = await mediator.Send(new GetAgency(Id), cancellationToken);
        Form = AgencyForm.From(Agency);
        try
        {
            // Reactivating asks nothing; deactivating hands the agency's open reports back to PPID Utama.
            PageErrors.RequireConfirmed(
                !Agency.IsActive || Confirmed,
                "Centang \"Saya yakin\": laporan yang sedang ditangani OPD ini kembali ke PPID Utama.",
                "Tick \"I am sure\": the reports this agency is handling go back to PPID Utama.");
            await mediator.Send(new ChangeAgencyActivation(Id, !Agency.IsActive), cancellationToken);
            Saved = Agency.IsActive ? Bilingual.T("OPD dinonaktifkan.", "Agency deactivated.") : Bilingual.T("OPD diaktifkan kembali.", "Agency reactivated.");
            return RedirectToPage();
        }
        catch (Exception ex) when (PageErrors.TryAdd(ModelState, ex))
        {
            return Page();
        }
    }
}
