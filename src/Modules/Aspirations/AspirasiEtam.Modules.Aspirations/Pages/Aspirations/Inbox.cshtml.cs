using AspirasiEtam.Modules.Aspirations.Features.ListInbox;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AspirasiEtam.Modules.Aspirations.Pages.Aspirations;

/// <summary>The staff inbox: PPID Utama sees new submissions; agency staff see their agencies' ones.</summary>
[Authorize(Policy = Policies.Staff)]
internal sealed class InboxModel(IMediator mediator, ICurrentUser currentUser) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    public bool IsMainOffice => currentUser.IsInRole(Roles.MainOffice) || currentUser.IsInRole(Roles.SuperAdmin);

    public StaffPage Items { get; private set; } = new([], null, null);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        try
        {
            Items = await mediator.Send(new ListInbox
            {
                Inbox = IsMainOffice ? Inbox.MainOffice : Inbox.Agency,
                Status = Status,
                Overdue = Overdue ? true : null,
                PageSize = PagingRules.MaxPageSize,
            }, cancellationToken);
        }
        catch (Exception ex) when (PageErrors.TryAdd(ModelState, ex))
        {
        }
    }
}
