using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AspirasiEtam.Shared.Web;

/// <summary>
/// Bound from the <c>RateLimits</c> section: how many requests one client (by IP address) may make per minute to the
/// endpoints an attacker would hammer. A tracking code is a credential, so guessing codes is the main threat; account
/// endpoints are limited against password guessing and enumeration.
/// </summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>Tracking view, reply, rating, confirmation and the reporter's files: what a tracking code opens.</summary>
    public int CodeRequestsPerMinute { get; set; } = 30;

    /// <summary>Sign-in, tokens, registration, email confirmation and password reset.</summary>
    public int AccountRequestsPerMinute { get; set; } = 20;

    /// <summary>
    /// Addresses of the reverse proxies in front of the portal, whose X-Forwarded-For and X-Forwarded-Proto are
    /// trusted; without them every client behind the proxy would share one limit, and cookies would not be Secure.
    /// </summary>
    public string[] KnownProxies { get; set; } = [];
}

public static class RateLimitPolicies
{
    public const string TrackingCode = "tracking-code";
    public const string Account = "account";

    public static IServiceCollection AddPortalRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(RateLimitOptions.SectionName).Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in options.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });
        return services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(TrackingCode, context => PerClient(context, options.CodeRequestsPerMinute));
            limiter.AddPolicy(Account, context => PerClient(context, options.AccountRequestsPerMinute));
            limiter.OnRejected = async (rejected, cancellationToken) =>
            {
                var response = rejected.HttpContext.Response;
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await response.WriteAsJsonAsync(
                    new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many requests.",
                        Detail = "Terlalu banyak permintaan; coba lagi sebentar lagi. / Too many requests; try again shortly.",
                    },
                    (System.Text.Json.JsonSerializerOptions?)null,
                    "application/problem+json",
                    cancellationToken);
            };
        });
    }

    private static RateLimitPartition<string> PerClient(HttpContext context, int perMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
}
