using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AspirasiEtam.Host.Pages;

/// <summary>The error page for browsers: a plain message and a request id, never exception details.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
internal sealed class GalatModel : PageModel
{
    public int Status { get; private set; }

    public string RequestId { get; private set; } = string.Empty;

    public void OnGet(int? kode) => Show(kode);

    public void OnPost(int? kode) => Show(kode);

    private void Show(int? kode)
    {
        Status = kode ?? StatusCodes.Status500InternalServerError;
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        Response.StatusCode = Status;
    }
}
