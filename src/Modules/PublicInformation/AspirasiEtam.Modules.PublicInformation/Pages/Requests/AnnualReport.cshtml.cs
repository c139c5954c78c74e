using AspirasiEtam.Modules.PublicInformation.Features.GetAnnualReport;
using AspirasiEtam.Shared.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AspirasiEtam.Modules.PublicInformation.Pages.Requests;

/// <summary>The annual report on public information service, province and agencies, with server-drawn charts (no script, no CDN).</summary>
[AllowAnonymous]
internal sealed class AnnualReportModel(IMediator mediator, TimeProvider clock) : PageModel
{
    public AnnualReport Report { get; private set; } = null!;

    /// <summary>An SVG text element (Razor reads a literal &lt;text&gt; tag as its own).</summary>
    public static IHtmlContent SvgText(double x, double y, string anchor, string content) =>
        new HtmlString(string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"<text x=\"{x:0.##}\" y=\"{y:0.##}\" text-anchor=\"{anchor}\" font-size=\"12\">{System.Text.Encodings.Web.HtmlEncoder.Default.Encode(content)}</text>"));

    public async Task OnGetAsync(int? tahun, CancellationToken cancellationToken)
    {
        var year = tahun is >= 2008 and <= 2100 ? tahun.Value : LocalTime.Today(clock.GetUtcNow()).Year;
        Report = await mediator.Send(new GetAnnualReport(year), cancellationToken);
    }
}
