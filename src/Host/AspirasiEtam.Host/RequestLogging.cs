using System.Diagnostics;

namespace AspirasiEtam.Host;

/// <summary>
/// One structured line per request: method, route pattern, status, duration. No concrete path values, query
/// string, headers or body: they carry personal data and secrets (tracking codes, tokens) that must not reach a log.
/// </summary>
internal sealed class RequestLogging(RequestDelegate next, ILogger<RequestLogging> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            logger.LogInformation(
                "HTTP {Method} {Path} answered {StatusCode} in {ElapsedMs:0.0} ms",
                context.Request.Method,
                (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(no endpoint)",
                context.Response.StatusCode,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }
}
