using AspirasiEtam.Modules.Reports.Features.GetLeaderReport;
using AspirasiEtam.Shared.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AspirasiEtam.Modules.Reports.Pages.Staf;

/// <summary>The leader's report of an agency as a printable page: the month before by default.</summary>
[Authorize(Policy = Policies.Staff)]
internal sealed class LeaderReportModel(IMediator mediator, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "tahun")]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "bulan")]
    public int? Month { get; set; }

    public LeaderReport Report { get; private set; } = null!;

    public async Task OnGetAsync(string code, CancellationToken cancellationToken)
    {
        var lastMonth = LocalTime.Today(clock.GetUtcNow()).AddMonths(-1);
        Report = await mediator.Send(new GetLeaderReport(code, Year ?? lastMonth.Year, Month ?? lastMonth.Month), cancellationToken);
    }
}
