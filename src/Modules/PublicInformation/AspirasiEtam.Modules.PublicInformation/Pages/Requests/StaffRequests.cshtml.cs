using AspirasiEtam.Modules.PublicInformation.Features.ListObjections;
using AspirasiEtam.Modules.PublicInformation.Features.ListRequests;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AspirasiEtam.Modules.PublicInformation.Pages.Requests;

/// <summary>
/// The request register of the staff member's agencies (all of them for PPID Utama and province-wide supervisors):
/// what is due, what is overdue (what the Atasan PPID watches), the objections waiting, and the exports.
/// </summary>
[Authorize(Policy = Policies.Staff)]
internal sealed class StaffRequestsModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    [BindProperty(SupportsGet = true, Name = "halaman")]
    public int PageNumber { get; set; } = 1;

    public RequestPage Requests { get; private set; } = null!;

    public IReadOnlyList<ObjectionView> OpenObjections { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        try
        {
            Requests = await mediator.Send(new ListRequests(null, Status, null, Overdue, PageNumber, 50), cancellationToken);
        }
        catch (Exception ex) when (PageErrors.TryAdd(ModelState, ex))
        {
            Requests = await mediator.Send(new ListRequests(null, null, null, false), cancellationToken);
        }

        OpenObjections = await mediator.Send(new ListObjections(null, OpenOnly: true, null), cancellationToken);
        return Page();
    }
}
