using AspirasiEtam.Modules.Aspirations.Features.BrowseFeed;
using AspirasiEtam.Modules.Aspirations.Features.ListCategories;
using AspirasiEtam.Modules.Aspirations.Features.SupportSubmission;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AspirasiEtam.Modules.Aspirations.Pages.Aspirations;

[AllowAnonymous]
internal sealed class FeedModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Region { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateTime? Before { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? BeforeId { get; set; }

    public FeedPage Feed { get; private set; } = new([], null, null);

    public IReadOnlyList<CategoryResponse> Categories { get; private set; } = [];

    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostSupportAsync(Guid id, CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Redirect("/masuk?ReturnUrl=/aspirasi");
        }

        try
        {
            await mediator.Send(new SupportSubmission(id), cancellationToken);
            Message = Bilingual.T("Terima kasih atas dukungan Anda.", "Thank you for your support.");
        }
        catch (Exception ex) when (PageErrors.TryAdd(ModelState, ex))
        {
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Categories = await mediator.Send(new ListCategories(), cancellationToken);
        try
        {
            Feed = await mediator.Send(new BrowseFeed(null, Category, Status, Region, Before, BeforeId), cancellationToken);
        }
        catch (Exception ex) when (PageErrors.TryAdd(ModelState, ex))
        {
        }
    }
}
