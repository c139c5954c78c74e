using AspirasiEtam.Modules.Reports.Features.GetAgencyTrend;
using AspirasiEtam.Shared.Time;
using AspirasiEtam.Modules.Reports.Caching;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AspirasiEtam.Modules.Reports.Pages.Kinerja;

/// <summary>One agency's record over the last 12 months: a bar per month and the numbers in a table, no script.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = ReportsCache.Policy)]
internal sealed class AgencyModel(IMediator mediator, TimeProvider clock) : PageModel
{
    public AgencyTrend Trend { get; private set; } = null!;

    public async Task OnGetAsync(string code, CancellationToken cancellationToken)
    {
        var today = LocalTime.Today(clock.GetUtcNow());
        Trend = await mediator.Send(new GetAgencyTrend(code, today.Year, today.Month), cancellationToken);
    }
}
