using AspirasiEtam.Modules.Aspirations.Features.ListMyReports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AspirasiEtam.Modules.Aspirations.Pages.Aspirations;

/// <summary>The signed-in citizen's reports: each opens on its tracking page.</summary>
[Authorize(Policy = Policies.SignedIn)]
internal sealed class MyReportsModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<MyReport> Reports { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Reports = await mediator.Send(new ListMyReports(), cancellationToken);
}
