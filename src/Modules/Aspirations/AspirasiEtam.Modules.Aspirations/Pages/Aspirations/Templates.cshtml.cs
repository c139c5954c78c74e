using AspirasiEtam.Modules.Aspirations.Features.CreateResponseTemplate;
using AspirasiEtam.Modules.Aspirations.Features.DeleteResponseTemplate;
using AspirasiEtam.Modules.Aspirations.Features.ListResponseTemplates;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AspirasiEtam.Modules.Aspirations.Pages.Aspirations;

/// <summary>
/// An agency's response templates (standard answers an officer starts from on a report's page): its officers add
/// and remove them here. Another agency's templates are answered as missing (404), as the API answers them.
/// </summary>
[Authorize(Policy = Policies.AgencyWork)]
internal sealed class TemplatesModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid AgencyId { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Body { get; set; }

    [BindProperty]
    public Guid TemplateId { get; set; }

    [TempData]
    public string? Message { get; set; }

    public IReadOnlyList<ResponseTemplateResponse> Templates { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Templates = await mediator.Send(new ListResponseTemplates(AgencyId), cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        // Outside the caller's scope the list answers "not found" before any form error can be shown.
        Templates = await mediator.Send(new ListResponseTemplates(AgencyId), cancellationToken);
        try
        {
            var created = await mediator.Send(new CreateResponseTemplate(AgencyId, Title, Body), cancellationToken);
            Message = Bilingual.T($"Templat \"{created.Title}\" disimpan.", $"Template \"{created.Title}\" saved.");
            return RedirectToPage();
        }
        catch (Exception ex) when (PageErrors.TryAdd(ModelState, ex))
        {
            return Page();
        }
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new DeleteResponseTemplate(AgencyId, TemplateId), cancellationToken);
        Message = Bilingual.T("Templat dihapus.", "Template removed.");
        return RedirectToPage();
    }
}
