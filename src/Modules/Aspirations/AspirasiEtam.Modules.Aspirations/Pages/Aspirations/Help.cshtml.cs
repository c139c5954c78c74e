using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace AspirasiEtam.Modules.Aspirations.Pages.Aspirations;

/// <summary>Frequently asked questions: what happens to a report, who sees the reporter's name, how long it takes — with the clocks as configured.</summary>
[AllowAnonymous]
internal sealed class HelpModel(IOptions<AspirationsSettings> settings) : PageModel
{
    public AspirationsSettings Clocks => settings.Value;
}
