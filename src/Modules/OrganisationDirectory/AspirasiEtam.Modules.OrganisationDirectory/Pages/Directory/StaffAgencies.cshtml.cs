using AspirasiEtam.Modules.OrganisationDirectory.Features.ListAgencyContacts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AspirasiEtam.Modules.OrganisationDirectory.Pages.Directory;

/// <summary>A PPID's agencies and what the public directory shows of their contact; those listing none come first.</summary>
[Authorize(Policy = Policies.AgencyWork)]
internal sealed class StaffAgenciesModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<AgencyContactListItem> Agencies { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Agencies = await mediator.Send(new ListAgencyContacts(), cancellationToken);
}
