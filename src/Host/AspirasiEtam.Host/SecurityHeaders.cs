namespace AspirasiEtam.Host;

/// <summary>Headers every response carries: no sniffing, no framing by other sites, no referrer leaks.</summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        return next(context);
    }
}
