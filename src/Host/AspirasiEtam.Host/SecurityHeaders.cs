using Microsoft.Extensions.Options;
using AspirasiEtam.Shared.Web;

namespace AspirasiEtam.Host;

/// <summary>
/// Headers every response carries, set as the response starts so that they survive the error handlers (which clear
/// the response): no sniffing, no framing, no referrer leaks, a content-security policy that allows no inline or
/// foreign script (the pages need none), and no storing of what a signed-in person or a staff page answered.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next, IOptions<PortalOptions> portal)
{
    // Images also from the map tile server (Portal:MapTileUrl), the one foreign origin a page may load from.
    private readonly string contentSecurityPolicy =
        $"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:{(portal.Value.MapTileOrigin is { } tiles ? " " + tiles : "")}; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static readonly PathString[] PrivatePaths = ["/staf", "/admin", "/akun", "/api/staff", "/api/admin", "/api/account", "/api/auth", "/ppid/permohonan", "/api/ppid/requests"];

    public Task InvokeAsync(HttpContext context)
    {
        // A static callback with its state (the context and the policy): no closure per request.
        context.Response.OnStarting(AddHeaders, (context, contentSecurityPolicy));
        return next(context);
    }

    private static Task AddHeaders(object state)
    {
        var (context, contentSecurityPolicy) = ((HttpContext, string))state;
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        // The API reference UI (Scalar) runs its own inline script; everything else runs none.
        if (!context.Request.Path.StartsWithSegments("/scalar"))
        {
            headers.ContentSecurityPolicy = contentSecurityPolicy;
        }

        if (context.User.Identity?.IsAuthenticated == true || IsPrivate(context.Request.Path))
        {
            headers.CacheControl = "no-store";
        }

        return Task.CompletedTask;
    }

    private static bool IsPrivate(PathString path)
    {
        foreach (var prefix in PrivatePaths)
        {
            if (path.StartsWithSegments(prefix))
            {
                return true;
            }
        }

        return false;
    }
}
