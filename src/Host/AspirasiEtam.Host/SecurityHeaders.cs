namespace AspirasiEtam.Host;

/// <summary>
/// Headers every response carries, set as the response starts so that they survive the error handlers (which clear
/// the response): no sniffing, no framing, no referrer leaks, a content-security policy that allows no inline or
/// foreign script (the pages need none), and no storing of what a signed-in person or a staff page answered.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static readonly PathString[] PrivatePaths = ["/staf", "/admin", "/akun", "/api/staff", "/api/admin", "/api/account", "/api/auth"];

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            // The API reference UI (Scalar) runs its own inline script; everything else runs none.
            if (!context.Request.Path.StartsWithSegments("/scalar"))
            {
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
            }

            if (context.User.Identity?.IsAuthenticated == true || PrivatePaths.Any(p => context.Request.Path.StartsWithSegments(p)))
            {
                headers.CacheControl = "no-store";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
