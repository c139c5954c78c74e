using AspirasiEtam.Modules.OrganisationDirectory.Features.BrowseAgencies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AspirasiEtam.Modules.OrganisationDirectory.Pages.Directory;

/// <summary>How to reach the service: PPID Utama's contact as the directory keeps it, and where each agency's is.</summary>
[AllowAnonymous]
internal sealed class ContactModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<PublicAgency> MainOffices { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        MainOffices = [.. (await mediator.Send(new BrowseAgencies(null, null, 1, PagingRules.MaxPageSize), cancellationToken)).Items.Where(a => a.IsMainOffice)];
}
