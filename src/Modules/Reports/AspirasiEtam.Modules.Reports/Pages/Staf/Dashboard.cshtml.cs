using AspirasiEtam.Modules.Reports.Features.GetDashboard;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AspirasiEtam.Modules.Reports.Pages.Staf;

/// <summary>PPID Utama's live dashboard; a small script refreshes it every few seconds, and without script the page reloads by hand.</summary>
[Authorize(Policy = Policies.Admin)]
internal sealed class DashboardModel(IMediator mediator) : PageModel
{
    public Dashboard Dashboard { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Dashboard = await mediator.Send(new GetDashboard(), cancellationToken);
}
