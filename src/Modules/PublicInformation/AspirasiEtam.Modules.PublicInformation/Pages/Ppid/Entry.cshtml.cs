using AspirasiEtam.Modules.PublicInformation.Features.GetPublishedEntry;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AspirasiEtam.Modules.PublicInformation.Pages.Ppid;

/// <summary>A published entry's stable public page, with its register columns as schema.org microdata.</summary>
[AllowAnonymous]
internal sealed class EntryModel(IMediator mediator) : PageModel
{
    public PublicEntryView Entry { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            Entry = await mediator.Send(new GetPublishedEntry(id), cancellationToken);
            return Page();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}
