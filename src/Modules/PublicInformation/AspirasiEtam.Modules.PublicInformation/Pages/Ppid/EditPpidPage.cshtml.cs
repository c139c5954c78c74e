using AspirasiEtam.Modules.PublicInformation.Features.GetPpidPage;
using AspirasiEtam.Modules.PublicInformation.Features.SavePpidPage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AspirasiEtam.Modules.PublicInformation.Pages.Ppid;

/// <summary>An agency PPID writes one of its pages in Markdown, previews it as the public will see it, and publishes it.</summary>
[Authorize(Policy = Policies.Staff)]
internal sealed class EditPpidPageModel(IMediator mediator, ICurrentUser currentUser) : PageModel
{
    [BindProperty]
    public string? Markdown { get; set; }

    public PpidPageView View { get; private set; } = null!;

    public bool CanWork { get; private set; }

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid agencyId, string slug, CancellationToken cancellationToken)
    {
        try
        {
            View = await mediator.Send(new GetPpidPage(agencyId, slug), cancellationToken);
            Markdown = View.Markdown;
            CanWork = currentUser.CanWorkFor(agencyId);
            return Page();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }

    public Task<IActionResult> OnPostPreviewAsync(Guid agencyId, string slug, CancellationToken ct) => SaveAsync(agencyId, slug, publish: false, ct);

    public Task<IActionResult> OnPostPublishAsync(Guid agencyId, string slug, CancellationToken ct) => SaveAsync(agencyId, slug, publish: true, ct);

    private async Task<IActionResult> SaveAsync(Guid agencyId, string slug, bool publish, CancellationToken cancellationToken)
    {
        if (!currentUser.CanWorkFor(agencyId))
        {
            return NotFound();
        }

        CanWork = true;
        try
        {
            View = await mediator.Send(new SavePpidPage(Markdown ?? string.Empty, publish) { AgencyId = agencyId, Slug = slug }, cancellationToken);
            Message = publish ? Bilingual.T("Halaman diterbitkan.", "The page is published.") : Bilingual.T("Draf disimpan; pratinjau di bawah.", "Draft saved; preview below.");
        }
        catch (Exception ex) when (PageErrors.TryAdd(ModelState, ex))
        {
            View = await mediator.Send(new GetPpidPage(agencyId, slug), cancellationToken);
        }

        return Page();
    }
}
