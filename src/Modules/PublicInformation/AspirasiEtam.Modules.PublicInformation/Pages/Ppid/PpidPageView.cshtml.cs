using AspirasiEtam.Modules.PublicInformation.Features.ReadPpidPage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AspirasiEtam.Modules.PublicInformation.Pages.Ppid;

/// <summary>One of an agency PPID's published pages (profile, service pledge, SOP…), as sanitized HTML.</summary>
[AllowAnonymous]
internal sealed class PpidPageViewModel(IMediator mediator) : PageModel
{
    public PublishedPpidPages Agency { get; private set; } = null!;

    public PublishedPpidPage Shown { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string agency, string slug, CancellationToken cancellationToken)
    {
        try
        {
            Agency = await mediator.Send(new ReadPpidPage(agency, slug), cancellationToken);
            Shown = Agency.Pages.Single();
            return Page();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}
