using AspirasiEtam.Modules.PublicInformation.Features.ListExemptInformation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AspirasiEtam.Modules.PublicInformation.Pages.Ppid;

/// <summary>The public list of exempt information: what is withheld, on which ground, until when, by whose decision.</summary>
[AllowAnonymous]
internal sealed class ExemptModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Agency { get; set; }

    public IReadOnlyList<ExemptListItem> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Items = await mediator.Send(new ListExemptInformation(Agency), cancellationToken);
}
