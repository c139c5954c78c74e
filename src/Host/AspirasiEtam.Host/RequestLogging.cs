using System.Diagnostics;

namespace AspirasiEtam.Host;

/// <summary>
/// One structured line per request: method, route path, status, duration. No query string, headers or body:
/// they can carry personal data (names, NIK, tracking codes) that must not reach a log.
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
                context.Request.Path.Value,
                context.Response.StatusCode,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }
}
