using AspirasiEtam.Modules.PublicInformation.Features.ListRegisterAgencies;
using AspirasiEtam.Modules.PublicInformation.Features.ListChecklistItems;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AspirasiEtam.Modules.PublicInformation.Pages.Ppid;

/// <summary>An officer writes a new register entry (a draft) for one of its agencies.</summary>
[Authorize(Policy = Policies.AgencyWork)]
internal sealed class NewModel(IMediator mediator, ICurrentUser currentUser, TimeProvider clock) : PageModel
{
    [BindProperty]
    public Guid AgencyId { get; set; }

    [BindProperty]
    public EntryForm Form { get; set; } = new();

    public IReadOnlyList<RegisterAgency> Agencies { get; private set; } = [];

    /// <summary>Whatever a handler did, a page it renders offers the current berkala checklist.</summary>
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Result is PageResult or null)
        {
            Form.ChecklistOptions = await mediator.Send(new ListChecklistItems(), HttpContext.RequestAborted);
        }
    }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Form.Year = clock.GetUtcNow().Year;
        Agencies = await mediator.Send(new ListRegisterAgencies(), cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // The picker offers only the caller's agencies: another agency in the post is not a mistake to explain.
        if (!currentUser.CanWorkFor(AgencyId))
        {
            return NotFound();
        }

        try
        {
            var entry = await mediator.Send(Form.ToDraft(AgencyId), cancellationToken);
            return Redirect($"/staf/ppid/{entry.Id}");
        }
        catch (Exception ex) when (PageErrors.TryAdd(ModelState, ex, nameof(Form)))
        {
            Agencies = await mediator.Send(new ListRegisterAgencies(), cancellationToken);
            return Page();
        }
    }
}
