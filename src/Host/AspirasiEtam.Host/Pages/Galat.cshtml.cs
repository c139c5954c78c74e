using System.Diagnostics;
using System.Globalization;
using AspirasiEtam.Shared.Storage;
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

    public void OnGet() => Show();

    public void OnPost() => Show();

    /// <summary>
    /// The status comes from the query (status code pages) or the response (the exception handler sets it), never
    /// from a bound parameter: a re-executed POST still carries its body, which may be the unreadable form that
    /// brought the visitor here, and binding would read it again.
    /// </summary>
    private void Show()
    {
        Status = int.TryParse(Request.Query["kode"], NumberStyles.None, CultureInfo.InvariantCulture, out var kode) ? kode
            : Response.StatusCode >= StatusCodes.Status400BadRequest ? Response.StatusCode
            : StatusCodes.Status500InternalServerError;
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        Response.StatusCode = Status;
        if (Status == StatusCodes.Status503ServiceUnavailable)
        {
            Response.Headers.RetryAfter = StorageFaults.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        }
    }
}
