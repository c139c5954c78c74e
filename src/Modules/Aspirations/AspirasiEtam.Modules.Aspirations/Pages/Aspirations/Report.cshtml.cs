using AspirasiEtam.Modules.Aspirations.Caching;
using AspirasiEtam.Modules.Aspirations.Features.GetPublicReport;
using AspirasiEtam.Modules.Aspirations.Features.ListCategories;
using AspirasiEtam.Modules.Aspirations.Features.SupportSubmission;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace AspirasiEtam.Modules.Aspirations.Pages.Aspirations;

/// <summary>
/// A public report's own page (linked from the feed). A guest reads it from the output cache: it has no form for a
/// guest (supporting needs an account, so a guest gets a sign-in link), hence no antiforgery cookie to stop caching.
/// </summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicCache.PublicPagePolicy)]
internal sealed class ReportModel(IMediator mediator, IOptions<PortalOptions> portal) : PageModel
{
    public PublicReport Report { get; private set; } = null!;

    public string? CategoryName { get; private set; }

    /// <summary>The map's tile address ({z}/{x}/{y}); null when maps are off.</summary>
    public string? MapTiles => portal.Value.MapTileUrl;

    public string? Message { get; private set; }

    public Task OnGetAsync(Guid id, CancellationToken cancellationToken) => LoadAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostSupportAsync(Guid id, CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Redirect($"/masuk?ReturnUrl=/aspirasi/{id}");
        }

        try
        {
            await mediator.Send(new SupportSubmission(id), cancellationToken);
            Message = Bilingual.T("Terima kasih atas dukungan Anda.", "Thank you for your support.");
        }
        catch (Exception ex) when (ex is not NotFoundException && PageErrors.TryAdd(ModelState, ex))
        {
        }

        await LoadAsync(id, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Report = await mediator.Send(new GetPublicReport(id), cancellationToken);
        CategoryName = Labels.Category(await mediator.Send(new ListCategories(), cancellationToken), Report.CategoryCode);
    }
}
