using AspirasiEtam.Modules.Identity.Features.GetMyAccount;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AspirasiEtam.Modules.Identity.Pages.Account;

[Authorize(Policy = Policies.SignedIn)]
internal sealed class ProfileModel(IMediator mediator) : PageModel
{
    public MyAccountResponse Account { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Account = await mediator.Send(new GetMyAccount(), cancellationToken);
}
