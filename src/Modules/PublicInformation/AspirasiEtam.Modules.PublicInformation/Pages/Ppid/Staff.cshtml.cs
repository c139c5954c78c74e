using AspirasiEtam.Modules.PublicInformation.Features.ListEntries;
using AspirasiEtam.Modules.PublicInformation.Features.ListRegisterAgencies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AspirasiEtam.Modules.PublicInformation.Pages.Ppid;

/// <summary>The officers' register: entries of their agencies (all for PPID Utama), by status, newest change first.</summary>
[Authorize(Policy = Policies.Staff)]
internal sealed class StaffModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public PagedResult<StaffEntryRow> Entries { get; private set; } = new([], 1, PagingRules.MaxPageSize, 0);

    public IReadOnlyDictionary<Guid, string> AgencyNames { get; private set; } = new Dictionary<Guid, string>();

    public bool CanWrite { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var agencies = await mediator.Send(new ListRegisterAgencies(), cancellationToken);
        AgencyNames = agencies.ToDictionary(a => a.Id, a => a.Name);
        CanWrite = agencies.Count > 0;
        try
        {
            Entries = await mediator.Send(new ListEntries(null, Status, Search, PageNumber, PagingRules.MaxPageSize), cancellationToken);
        }
        catch (Exception ex) when (PageErrors.TryAdd(ModelState, ex))
        {
        }
    }
}
