using AspirasiEtam.Modules.PublicInformation.Features.ListMyRequests;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AspirasiEtam.Modules.PublicInformation.Pages.Requests;

/// <summary>The signed-in applicant's requests; each opens on the status page without the secret code.</summary>
[Authorize(Policy = Policies.SignedIn)]
internal sealed class MyRequestsModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<MyRequest> Requests { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Requests = await mediator.Send(new ListMyRequests(), cancellationToken);
}
