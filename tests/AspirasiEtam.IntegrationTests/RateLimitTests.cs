using System.Net;
using System.Net.Http.Json;
using AspirasiEtam.Testing;

namespace AspirasiEtam.IntegrationTests;

/// <summary>
/// One client may not guess tracking codes or hammer the account endpoints: past the per-minute limit it gets 429
/// ProblemDetails with Retry-After, while the public feed and intake stay unlimited.
/// </summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task Guessing_tracking_codes_is_stopped_after_the_limit_but_the_feed_is_not()
    {
        await using var portal = PortalFactory.With(new Dictionary<string, string?> { ["RateLimits:CodeRequestsPerMinute"] = "5" });
        var guesser = portal.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            await (await guesser.GetAsync($"/api/aspirations/track/ASP-2222-22{i + 22}")).ProblemAsync(HttpStatusCode.NotFound);
        }

        var refused = await guesser.GetAsync("/api/aspirations/track/ASP-2222-2229");
        var problem = await refused.ProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Contains("Too many requests", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "no Retry-After");
        // The same limit covers every door a code opens: the page, replies, ratings.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await guesser.GetAsync("/lacak/ASP-2222-2229")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await guesser.PostAsJsonAsync("/api/aspirations/track/ASP-2222-2229/rating", new { stars = 5 })).StatusCode);

        for (var i = 0; i < 10; i++)
        {
            (await guesser.GetAsync("/api/aspirations")).EnsureSuccessStatusCode();
        }
    }

    [Fact]
    public async Task Account_endpoints_are_limited_per_client()
    {
        await using var portal = PortalFactory.With(new Dictionary<string, string?> { ["RateLimits:AccountRequestsPerMinute"] = "3" });
        var client = portal.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await client.PostAsJsonAsync("/api/account/forgot-password", new { email = $"orang{i}@example.id" })).StatusCode);
        }

        await (await client.PostAsJsonAsync("/api/auth/token", new { email = "orang@example.id", password = "Salah-Sandi-2026" })).ProblemAsync(HttpStatusCode.TooManyRequests);
    }
}
