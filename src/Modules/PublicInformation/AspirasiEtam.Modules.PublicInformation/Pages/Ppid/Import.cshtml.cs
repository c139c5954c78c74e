using AspirasiEtam.Modules.PublicInformation.Features.ImportEntries;
using AspirasiEtam.Modules.PublicInformation.Features.ListRegisterAgencies;
using AspirasiEtam.Shared.Files;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AspirasiEtam.Modules.PublicInformation.Pages.Ppid;

/// <summary>An agency's register from its spreadsheet: check first (every error by row and column), then import all or nothing.</summary>
[Authorize(Policy = Policies.AgencyWork)]
internal sealed class ImportModel(IMediator mediator, ICurrentUser currentUser) : PageModel
{
    [BindProperty]
    public Guid AgencyId { get; set; }

    [BindProperty]
    public IFormFile? Sheet { get; set; }

    [BindProperty]
    public bool Publish { get; set; }

    public IReadOnlyList<RegisterAgency> Agencies { get; private set; } = [];

    public ImportResult? Result { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Agencies = await mediator.Send(new ListRegisterAgencies(), cancellationToken);

    public Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken) => RunAsync(preview: true, cancellationToken);

    public Task<IActionResult> OnPostImportAsync(CancellationToken cancellationToken) => RunAsync(preview: false, cancellationToken);

    private async Task<IActionResult> RunAsync(bool preview, CancellationToken cancellationToken)
    {
        // The picker offers only the caller's agencies: another agency in the post is not a mistake to explain.
        if (!currentUser.CanWorkFor(AgencyId))
        {
            return NotFound();
        }

        Agencies = await mediator.Send(new ListRegisterAgencies(), cancellationToken);
        try
        {
            var file = await FormUploads.ReadAsync(Sheet, UploadPolicy.Evidence, "file", cancellationToken);
            Result = await mediator.Send(new ImportEntries(AgencyId, file, preview, Publish), cancellationToken);
        }
        catch (Exception ex) when (PageErrors.TryAdd(ModelState, ex))
        {
        }

        return Page();
    }
}
