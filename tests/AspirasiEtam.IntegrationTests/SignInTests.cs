using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using OtpNet;

namespace AspirasiEtam.IntegrationTests;

/// <summary>Real sign-in through HTTP: registration, confirmation by email, tokens, lockout, two-factor, password reset.</summary>
public sealed class SignInTests() : RealSignInTests(requireTwoFactorForStaff: true)
{
    [Fact]
    public async Task A_citizen_registers_confirms_by_email_and_signs_in_to_the_api()
    {
        await RegisterAsync("ani@example.id", "Rahasia-Ani-2026", nik: "6472012345678901");
        var unconfirmed = await TokenResponseAsync("ani@example.id", "Rahasia-Ani-2026");
        Assert.Equal("not_allowed", (await unconfirmed.ProblemAsync(HttpStatusCode.Unauthorized)).GetProperty("reason").GetString());

        await ConfirmFromMailAsync("ani@example.id");
        var token = await TokenAsync("ani@example.id", "Rahasia-Ani-2026");
        var me = await (await Send(token, HttpMethod.Get, "/api/account/me")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("6472012345678901", me.GetProperty("nik").GetString());
        Assert.Contains("Citizen", me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));

        var refreshed = await (await Client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = LastRefreshToken })).JsonAsync(HttpStatusCode.OK);
        Assert.NotEqual(token, refreshed.GetProperty("accessToken").GetString());
    }

    [Fact]
    public async Task Bad_registrations_get_clear_errors_and_create_nothing()
    {
        var weak = await (await RegisterResponseAsync("budi@example.id", "short")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(weak.FieldErrors("password"));
        var badNik = await (await RegisterResponseAsync("budi@example.id", "Rahasia-Budi-2026", "12345")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(badNik.FieldErrors("nik"));
        Assert.DoesNotContain(Portal.SentMail(), m => m.To.ToString().Contains("budi@", StringComparison.Ordinal));

        await RegisterAsync("budi@example.id", "Rahasia-Budi-2026");
        Assert.Single(Portal.SentMail(), m => m.To.ToString().Contains("budi@", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_one()
    {
        await RegisterAsync("citra@example.id", "Rahasia-Citra-2026");
        await ConfirmFromMailAsync("citra@example.id");
        for (var i = 0; i < 5; i++)
        {
            await (await TokenResponseAsync("citra@example.id", "wrong-password")).ProblemAsync(HttpStatusCode.Unauthorized);
        }

        var locked = await (await TokenResponseAsync("citra@example.id", "Rahasia-Citra-2026")).ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("locked_out", locked.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_citizen_enrols_an_authenticator_and_then_needs_its_code_to_sign_in()
    {
        await RegisterAsync("dewi@example.id", "Rahasia-Dewi-2026");
        await ConfirmFromMailAsync("dewi@example.id");
        var access = await TokenAsync("dewi@example.id", "Rahasia-Dewi-2026");

        var setup = await (await Send(access, HttpMethod.Post, "/api/account/two-factor/setup", new { })).JsonAsync(HttpStatusCode.OK);
        var totp = new Totp(Base32Encoding.ToBytes(setup.GetProperty("sharedKey").GetString()));
        var wrong = await (await Send(access, HttpMethod.Post, "/api/account/two-factor/enable", new { code = "000000" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(wrong.FieldErrors("code"));
        var enabled = await (await Send(access, HttpMethod.Post, "/api/account/two-factor/enable", new { code = totp.ComputeTotp() })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(10, enabled.GetProperty("recoveryCodes").GetArrayLength());

        var withoutCode = await (await TokenResponseAsync("dewi@example.id", "Rahasia-Dewi-2026")).ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("requires_two_factor", withoutCode.GetProperty("reason").GetString());
        await (await TokenResponseAsync("dewi@example.id", "Rahasia-Dewi-2026", "123456")).ProblemAsync(HttpStatusCode.Unauthorized);
        // A code is accepted once (TwoFactorHardeningTests): the one that turned two-factor on is spent, the next one works.
        await TokenAsync("dewi@example.id", "Rahasia-Dewi-2026", totp.ComputeTotp(DateTime.UtcNow.AddSeconds(30)));
    }

    [Fact]
    public async Task A_staff_member_without_two_factor_gets_no_api_token()
    {
        var refused = await (await TokenResponseAsync(AdminEmail, AdminPassword)).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("two_factor_enrolment_required", refused.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_password_reset_link_sets_a_new_password_and_a_forged_code_does_not()
    {
        await RegisterAsync("eka@example.id", "Rahasia-Eka-2026");
        await ConfirmFromMailAsync("eka@example.id");
        (await Client.PostAsJsonAsync("/api/account/forgot-password", new { email = "eka@example.id" })).EnsureSuccessStatusCode();
        (await Client.PostAsJsonAsync("/api/account/forgot-password", new { email = "nobody@example.id" })).EnsureSuccessStatusCode();
        var code = Query(LinkFromMail("eka@example.id", "/atur-ulang-sandi"), "code");

        var forged = await (await Client.PostAsJsonAsync("/api/account/reset-password", new { email = "eka@example.id", code = code[..^4] + "AAAA", newPassword = "Baru-Sekali-2026" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(forged.FieldErrors("code"));

        (await Client.PostAsJsonAsync("/api/account/reset-password", new { email = "eka@example.id", code, newPassword = "Baru-Sekali-2026" })).EnsureSuccessStatusCode();
        await (await TokenResponseAsync("eka@example.id", "Rahasia-Eka-2026")).ProblemAsync(HttpStatusCode.Unauthorized);
        await TokenAsync("eka@example.id", "Baru-Sekali-2026");
    }

    [Fact]
    public async Task A_form_post_without_an_antiforgery_token_is_refused()
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "x@example.id", ["Password"] = "whatever" });
        var response = await Client.PostAsync("/masuk", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
