using AspirasiEtam.Modules.OrganisationDirectory.Features;
using AspirasiEtam.Modules.OrganisationDirectory.Features.GetAgencyContact;
using AspirasiEtam.Modules.OrganisationDirectory.Features.UpdateAgencyContact;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AspirasiEtam.Modules.OrganisationDirectory.Pages.Directory;

/// <summary>
/// An agency's PPID fills the contact the public directory shows. Another agency's page is answered as missing
/// (404), as the API answers it.
/// </summary>
[Authorize(Policy = Policies.AgencyWork)]
internal sealed class StaffAgencyContactModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid AgencyId { get; set; }

    [BindProperty]
    public ContactForm Form { get; set; } = new();

    public AgencyContactResponse Agency { get; private set; } = null!;

    [TempData]
    public string? Saved { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Agency = await mediator.Send(new GetAgencyContact(AgencyId), cancellationToken);
        Form = new ContactForm { Address = Agency.Address, Phone = Agency.Phone, Email = Agency.Email, Website = Agency.Website };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // Outside the caller's scope this throws "not found" before any form error can be shown.
        Agency = await mediator.Send(new GetAgencyContact(AgencyId), cancellationToken);
        try
        {
            await mediator.Send(new UpdateAgencyContact(AgencyId, Form.Address, Form.Phone, Form.Email, Form.Website), cancellationToken);
            Saved = Bilingual.T("Kontak disimpan; daftar OPD menampilkannya sekarang.", "Contact saved; the agency list shows it now.");
            return RedirectToPage();
        }
        catch (Exception ex) when (PageErrors.TryAdd(ModelState, ex, nameof(Form)))
        {
            return Page();
        }
    }
}

internal sealed class ContactForm
{
    public string? Address { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Website { get; set; }
}
