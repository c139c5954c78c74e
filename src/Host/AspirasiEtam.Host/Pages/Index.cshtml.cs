using AspirasiEtam.Shared.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AspirasiEtam.Host.Pages;

/// <summary>The home page: the modules' sections in order. The host does not know what they show.</summary>
[AllowAnonymous]
internal sealed class IndexModel(IEnumerable<HomeSection> sections, IServiceProvider services) : PageModel
{
    public IReadOnlyList<(string PartialName, object? Model)> Sections { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var loaded = new List<(string, object?)>();
        foreach (var section in sections.OrderBy(s => s.Order))
        {
            loaded.Add((section.PartialName, await section.LoadModel(services, cancellationToken)));
        }

        Sections = loaded;
    }
}
