using AspirasiEtam.Modules.Aspirations.Features.SaveCategory;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AspirasiEtam.Modules.Aspirations.Pages.Aspirations;

/// <summary>The report categories for PPID Utama: add one, rename one, retire one from the form or bring it back.</summary>
[Authorize(Policy = Policies.Admin)]
internal sealed class CategoriesModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? NameId { get; set; }

    [BindProperty]
    public string? NameEn { get; set; }

    [BindProperty]
    public bool Active { get; set; }

    [TempData]
    public string? Message { get; set; }

    public IReadOnlyList<CategoryAdminResponse> Categories { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Categories = await mediator.Send(new ListAllCategories(), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            var saved = await mediator.Send(new SaveCategory { Code = Code?.Trim(), NameId = NameId, NameEn = NameEn, Active = Active }, cancellationToken);
            Message = Bilingual.T($"Kategori \"{saved.NameId}\" disimpan.", $"Category \"{saved.NameEn}\" saved.");
            return RedirectToPage();
        }
        catch (Exception ex) when (PageErrors.TryAdd(ModelState, ex))
        {
            Categories = await mediator.Send(new ListAllCategories(), cancellationToken);
            return Page();
        }
    }
}
