using AspirasiEtam.Modules.PublicInformation.Features.GetScorecard;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AspirasiEtam.Modules.PublicInformation.Pages.Ppid;

/// <summary>The public freshness scorecard: which agencies publish their berkala information, and keep it current.</summary>
[AllowAnonymous]
internal sealed class ScorecardModel(IMediator mediator) : PageModel
{
    public Scorecard Card { get; private set; } = new([], [], DateTime.UtcNow);

    public async Task OnGetAsync(CancellationToken cancellationToken) => Card = await mediator.Send(new GetScorecard(), cancellationToken);
}
