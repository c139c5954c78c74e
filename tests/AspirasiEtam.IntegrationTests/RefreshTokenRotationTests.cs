using System.Net;
using System.Net.Http.Json;

namespace AspirasiEtam.IntegrationTests;

/// <summary>
/// API tokens answer to the account: a refresh token works once, a second use ends its whole sign-in, and a
/// password reset or a deactivation stops access tokens that are still within their 15 minutes.
/// </summary>
public sealed class RefreshTokenRotationTests() : RealSignInTests(requireTwoFactorForStaff: false)
{
    [Fact]
    public async Task A_refresh_token_works_once_and_using_it_again_ends_the_whole_sign_in()
    {
        await CitizenAsync("kartika@example.id", "Rahasia-Kartika-2026");
        await TokenAsync("kartika@example.id", "Rahasia-Kartika-2026");
        var first = LastRefreshToken;

        var rotated = await (await RefreshAsync(first)).JsonAsync(HttpStatusCode.OK);
        var second = rotated.GetProperty("refreshToken").GetString();
        Assert.NotEqual(first, second);

        var reused = await (await RefreshAsync(first)).ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("invalid_refresh_token", reused.GetProperty("reason").GetString());
        await (await RefreshAsync(second)).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await Send(rotated.GetProperty("accessToken").GetString()!, HttpMethod.Get, "/api/account/me")).ProblemAsync(HttpStatusCode.Unauthorized);

        var fresh = await TokenAsync("kartika@example.id", "Rahasia-Kartika-2026");
        await (await Send(fresh, HttpMethod.Get, "/api/account/me")).JsonAsync(HttpStatusCode.OK);
        await (await RefreshAsync(LastRefreshToken)).JsonAsync(HttpStatusCode.OK);

        var admin = await TokenAsync(AdminEmail, AdminPassword);
        var log = await (await Send(admin, HttpMethod.Get, "/api/admin/security-events?kind=RefreshTokenReused")).JsonAsync(HttpStatusCode.OK);
        var entry = Assert.Single(log.GetProperty("items").EnumerateArray());
        Assert.Equal("kartika@example.id", entry.GetProperty("email").GetString());
        Assert.DoesNotContain(first!, entry.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_password_reset_stops_the_access_tokens_issued_before_it()
    {
        await CitizenAsync("lina@example.id", "Rahasia-Lina-2026");
        var before = await TokenAsync("lina@example.id", "Rahasia-Lina-2026");

        (await Client.PostAsJsonAsync("/api/account/forgot-password", new { email = "lina@example.id" })).EnsureSuccessStatusCode();
        var code = Query(LinkFromMail("lina@example.id", "/atur-ulang-sandi"), "code");
        (await Client.PostAsJsonAsync("/api/account/reset-password", new { email = "lina@example.id", code, newPassword = "Baru-Lina-2026" })).EnsureSuccessStatusCode();

        await (await Send(before, HttpMethod.Get, "/api/account/me")).ProblemAsync(HttpStatusCode.Unauthorized);
        var after = await TokenAsync("lina@example.id", "Baru-Lina-2026");
        await (await Send(after, HttpMethod.Get, "/api/account/me")).JsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_deactivated_staff_member_loses_api_access_at_once()
    {
        var admin = await TokenAsync(AdminEmail, AdminPassword);
        var created = await (await Send(admin, HttpMethod.Post, "/api/admin/staff", new { email = "mega@kaltimprov.go.id", fullName = "Mega", roles = new[] { "Supervisor" }, provinceWide = true }))
            .JsonAsync(HttpStatusCode.Created);
        var staffToken = await AcceptInvitationAsync("mega@kaltimprov.go.id", "Mega-Kaltim-2026");

        (await Send(admin, HttpMethod.Post, $"/api/admin/staff/{created.GetProperty("id").GetGuid()}/deactivate")).EnsureSuccessStatusCode();

        await (await Send(staffToken, HttpMethod.Get, "/api/account/me")).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    private Task<HttpResponseMessage> RefreshAsync(string? refreshToken) => Client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken });
}
