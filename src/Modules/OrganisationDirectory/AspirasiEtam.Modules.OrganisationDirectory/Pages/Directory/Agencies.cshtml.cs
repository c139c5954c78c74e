using AspirasiEtam.Modules.OrganisationDirectory.Features.BrowseAgencies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AspirasiEtam.Modules.OrganisationDirectory.Pages.Directory;

[AllowAnonymous]
internal sealed class AgenciesModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "halaman")]
    public int PageNumber { get; set; } = 1;

    public PagedResult<PublicAgency> Result { get; private set; } = new([], 1, PagingRules.DefaultPageSize, 0);

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        try
        {
            Result = await mediator.Send(new BrowseAgencies(Search, Kind, Math.Max(PageNumber, 1)), cancellationToken);
        }
        catch (ValidationException ex)
        {
            Error = string.Join(" ", ex.Errors.Select(e => e.ErrorMessage));
        }
    }

    public string PageLink(int page) =>
        Url.Page("/Directory/Agencies", new { q = Search, kind = Kind, halaman = page })!;
}
