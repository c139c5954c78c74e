using AspirasiEtam.Modules.PublicInformation.Features.ListArchivedRequests;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AspirasiEtam.Modules.PublicInformation.Pages.Requests;

/// <summary>The public archive of answered requests whose applicants agreed to it, without identity.</summary>
[AllowAnonymous]
internal sealed class ArchiveModel(IMediator mediator) : PageModel
{
    public ArchivePage Archive { get; private set; } = null!;

    public async Task OnGetAsync(int? halaman, CancellationToken cancellationToken) =>
        Archive = await mediator.Send(new ListArchivedRequests(halaman ?? 1), cancellationToken);
}
