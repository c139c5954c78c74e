using AspirasiEtam.Modules.PublicInformation.Features.GetLetter;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AspirasiEtam.Modules.PublicInformation.Pages.Requests;

/// <summary>A letter exactly as issued, alone on the page, for printing (the layout's print style hides the site around it).</summary>
[Authorize(Policy = Policies.Staff)]
internal sealed class LetterModel(IMediator mediator) : PageModel
{
    public IssuedLetter Letter { get; private set; } = null!;

    /// <summary>Notice <paramref name="sequence"/> of the request, or (sequence 0) the superior's answer to objection <paramref name="keberatan"/>.</summary>
    public async Task<IActionResult> OnGetAsync(Guid id, int sequence, Guid? keberatan, CancellationToken cancellationToken)
    {
        try
        {
            Letter = await mediator.Send(new GetLetter(id, sequence, sequence == 0 ? keberatan : null), cancellationToken);
            return Page();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}
