using AspirasiEtam.Modules.Reports.Features;
using AspirasiEtam.Modules.Reports.Features.GetAgencyCards;
using AspirasiEtam.Modules.Reports.Features.GetAgencyTrend;
using AspirasiEtam.Modules.Reports.Caching;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AspirasiEtam.Modules.Reports.Pages.Kinerja;

/// <summary>
/// Every agency's public record for a month, a quarter or a year: the province's card, its last 12 months as bars,
/// and a table with a bar per agency — no script.
/// </summary>
[AllowAnonymous]
[OutputCache(PolicyName = ReportsCache.Policy)]
internal sealed class IndexModel(IMediator mediator, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "tahun")]
    public int? Year { get; set; }

    /// <summary>1–4: a quarter (the month is then ignored).</summary>
    [BindProperty(SupportsGet = true, Name = "triwulan")]
    public int? Quarter { get; set; }

    /// <summary>1–12, or 0 for the whole year; this month when not given.</summary>
    [BindProperty(SupportsGet = true, Name = "bulan")]
    public int? Month { get; set; }

    public AgencyCards? Cards { get; private set; }

    public AgencyTrend? Trend { get; private set; }

    public ReportPeriod Period { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Period = ReportPeriod.From(Year, Quarter, Month, clock);
        try
        {
            Cards = await mediator.Send(new GetAgencyCards(Period), cancellationToken);
            Trend = await mediator.Send(new GetAgencyTrend(GetAgencyTrendHandler.Province, Period.Year, Period.Last % 100), cancellationToken);
        }
        catch (Exception ex) when (PageErrors.TryAdd(ModelState, ex))
        {
        }
    }
}
