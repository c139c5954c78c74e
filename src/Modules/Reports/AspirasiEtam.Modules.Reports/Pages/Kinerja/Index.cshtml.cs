using AspirasiEtam.Modules.Reports.Features.GetAgencyCards;
using AspirasiEtam.Shared.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AspirasiEtam.Modules.Reports.Pages.Kinerja;

/// <summary>Every agency's public record on aspirations for a month or a year: a table with a bar per agency, no script.</summary>
[AllowAnonymous]
internal sealed class IndexModel(IMediator mediator, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "tahun")]
    public int? Year { get; set; }

    /// <summary>1–12, or 0 for the whole year; this month when not given.</summary>
    [BindProperty(SupportsGet = true, Name = "bulan")]
    public int? Month { get; set; }

    public AgencyCards? Cards { get; private set; }

    public int ShownYear { get; private set; }

    public int? ShownMonth { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = LocalTime.Today(clock.GetUtcNow());
        ShownYear = Year ?? today.Year;
        ShownMonth = Month switch { null => today.Month, 0 => null, var m => m };
        try
        {
            Cards = await mediator.Send(new GetAgencyCards(ShownYear, ShownMonth), cancellationToken);
        }
        catch (Exception ex) when (PageErrors.TryAdd(ModelState, ex))
        {
        }
    }
}
