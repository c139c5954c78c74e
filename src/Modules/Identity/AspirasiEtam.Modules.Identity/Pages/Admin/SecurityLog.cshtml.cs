using AspirasiEtam.Modules.Identity.Features.ListSecurityEvents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AspirasiEtam.Modules.Identity.Pages.Admin;

[Authorize(Policy = Policies.SuperAdmin)]
internal sealed class SecurityLogModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Email { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateTime? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateTime? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "halaman")]
    public int PageNumber { get; set; } = 1;

    public PagedResult<SecurityEventResponse> Events { get; private set; } = new([], 1, 50, 0);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        try
        {
            Events = await mediator.Send(new ListSecurityEvents(Kind, null, Email, From, To, Math.Max(PageNumber, 1)), cancellationToken);
        }
        catch (Exception ex) when (PageErrors.TryAdd(ModelState, ex))
        {
        }
    }
}
