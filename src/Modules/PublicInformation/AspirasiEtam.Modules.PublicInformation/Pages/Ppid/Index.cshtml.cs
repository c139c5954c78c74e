using AspirasiEtam.Modules.PublicInformation.Features.ReadPpidPage;
using AspirasiEtam.Modules.PublicInformation.Features.SearchRegister;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AspirasiEtam.Modules.PublicInformation.Pages.Ppid;

/// <summary>The province's consolidated register (or one agency's, <c>/ppid/DISKOMINFO</c>): search, filters with counts, pages.</summary>
[AllowAnonymous]
internal sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Agency { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    public RegisterPage Register { get; private set; } = new([], null, new RegisterFacets([], [], []));

    /// <summary>The agency PPID's published pages (profile, service pledge, SOP…), on an agency's register.</summary>
    public PublishedPpidPages? AgencyPages { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Agency is not null)
        {
            try
            {
                AgencyPages = await mediator.Send(new ReadPpidPage(Agency, null), cancellationToken);
            }
            catch (NotFoundException)
            {
                return NotFound();
            }
        }

        try
        {
            Register = await mediator.Send(new SearchRegister(Q, Agency, Category, Year, After), cancellationToken);
        }
        catch (Exception ex) when (PageErrors.TryAdd(ModelState, ex))
        {
        }

        return Page();
    }

    /// <summary>This page's address with one filter changed (and the cursor dropped unless given).</summary>
    public string Link(string? agency = null, string? category = null, int? year = null, string? after = null, bool clearAgency = false, bool clearCategory = false, bool clearYear = false)
    {
        var query = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                query.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }

        Add("q", Q);
        Add("category", clearCategory ? null : category ?? Category);
        Add("year", clearYear ? null : (year ?? Year)?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("after", after);
        var path = clearAgency || (agency ?? Agency) is not { Length: > 0 } code ? "/ppid" : $"/ppid/{Uri.EscapeDataString(code)}";
        return query.Count == 0 ? path : $"{path}?{string.Join('&', query)}";
    }
}
