using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using AspirasiEtam.Testing;
using OtpNet;

namespace AspirasiEtam.IntegrationTests;

/// <summary>Real sign-in through HTTP: registration, confirmation by email, tokens, lockout, two-factor, password reset.</summary>
public sealed class SignInTests : IAsyncLifetime
{
    private const string AdminEmail = "root@kaltimprov.go.id";
    private const string AdminPassword = "Bootstrap-Admin-2026";

    private readonly PortalFactory portal = PortalFactory.WithRealSignIn(new Dictionary<string, string?>
    {
        ["Identity:BootstrapAdmin:Email"] = AdminEmail,
        ["Identity:BootstrapAdmin:Password"] = AdminPassword,
        ["Identity:RequireTwoFactorForStaff"] = "true",
    });

    private HttpClient client = null!;

    public Task InitializeAsync()
    {
        client = portal.CreateClient();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_citizen_registers_confirms_by_email_and_signs_in_to_the_api()
    {
        await RegisterAsync("ani@example.id", "Rahasia-Ani-2026", nik: "6472012345678901");
        var unconfirmed = await TokenAsync("ani@example.id", "Rahasia-Ani-2026");
        Assert.Equal("not_allowed", (await unconfirmed.ProblemAsync(HttpStatusCode.Unauthorized)).GetProperty("reason").GetString());

        await ConfirmFromMailAsync("ani@example.id");
        var token = await (await TokenAsync("ani@example.id", "Rahasia-Ani-2026")).JsonAsync(HttpStatusCode.OK);
        var me = await MeAsync(token.GetProperty("accessToken").GetString()!);
        Assert.Equal("6472012345678901", me.GetProperty("nik").GetString());
        Assert.Contains("Citizen", me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));

        var refreshed = await (await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = token.GetProperty("refreshToken").GetString() })).JsonAsync(HttpStatusCode.OK);
        Assert.NotEqual(token.GetProperty("accessToken").GetString(), refreshed.GetProperty("accessToken").GetString());
    }

    [Fact]
    public async Task Bad_registrations_get_clear_errors_and_create_nothing()
    {
        var weak = await (await Register("budi@example.id", "short", null)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(weak.FieldErrors("password"));
        var badNik = await (await Register("budi@example.id", "Rahasia-Budi-2026", "12345")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(badNik.FieldErrors("nik"));
        Assert.DoesNotContain(portal.SentMail(), m => m.To.ToString().Contains("budi@", StringComparison.Ordinal));

        await RegisterAsync("budi@example.id", "Rahasia-Budi-2026");
        await (await Register("BUDI@example.id", "Rahasia-Budi-2027", null)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Single(portal.SentMail(), m => m.To.ToString().Contains("budi@", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_one()
    {
        await RegisterAsync("citra@example.id", "Rahasia-Citra-2026");
        await ConfirmFromMailAsync("citra@example.id");
        for (var i = 0; i < 5; i++)
        {
            await (await TokenAsync("citra@example.id", "wrong-password")).ProblemAsync(HttpStatusCode.Unauthorized);
        }

        var locked = await (await TokenAsync("citra@example.id", "Rahasia-Citra-2026")).ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("locked_out", locked.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_citizen_enrols_an_authenticator_and_then_needs_its_code_to_sign_in()
    {
        await RegisterAsync("dewi@example.id", "Rahasia-Dewi-2026");
        await ConfirmFromMailAsync("dewi@example.id");
        var access = (await (await TokenAsync("dewi@example.id", "Rahasia-Dewi-2026")).JsonAsync(HttpStatusCode.OK)).GetProperty("accessToken").GetString()!;

        var setup = await (await Authorized(HttpMethod.Post, "/api/account/two-factor/setup", access)).JsonAsync(HttpStatusCode.OK);
        var totp = new Totp(Base32Encoding.ToBytes(setup.GetProperty("sharedKey").GetString()));
        var wrong = await (await Authorized(HttpMethod.Post, "/api/account/two-factor/enable", access, new { code = "000000" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(wrong.FieldErrors("code"));
        var enabled = await (await Authorized(HttpMethod.Post, "/api/account/two-factor/enable", access, new { code = totp.ComputeTotp() })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(10, enabled.GetProperty("recoveryCodes").GetArrayLength());

        var withoutCode = await (await TokenAsync("dewi@example.id", "Rahasia-Dewi-2026")).ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("requires_two_factor", withoutCode.GetProperty("reason").GetString());
        await (await TokenAsync("dewi@example.id", "Rahasia-Dewi-2026", "123456")).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await TokenAsync("dewi@example.id", "Rahasia-Dewi-2026", totp.ComputeTotp())).JsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_staff_member_without_two_factor_gets_no_api_token()
    {
        var refused = await (await TokenAsync(AdminEmail, AdminPassword)).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("two_factor_enrolment_required", refused.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_password_reset_link_sets_a_new_password_and_a_forged_code_does_not()
    {
        await RegisterAsync("eka@example.id", "Rahasia-Eka-2026");
        await ConfirmFromMailAsync("eka@example.id");
        (await client.PostAsJsonAsync("/api/account/forgot-password", new { email = "eka@example.id" })).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync("/api/account/forgot-password", new { email = "nobody@example.id" })).EnsureSuccessStatusCode();
        var link = LinkFromMail("eka@example.id", "/atur-ulang-sandi");
        var code = Regex.Match(link, "code=([^&\\s]+)").Groups[1].Value;

        var forged = await (await client.PostAsJsonAsync("/api/account/reset-password", new { email = "eka@example.id", code = code[..^4] + "AAAA", newPassword = "Baru-Sekali-2026" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(forged.FieldErrors("code"));

        (await client.PostAsJsonAsync("/api/account/reset-password", new { email = "eka@example.id", code, newPassword = "Baru-Sekali-2026" })).EnsureSuccessStatusCode();
        await (await TokenAsync("eka@example.id", "Rahasia-Eka-2026")).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await TokenAsync("eka@example.id", "Baru-Sekali-2026")).JsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_form_post_without_an_antiforgery_token_is_refused()
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "x@example.id", ["Password"] = "whatever" });
        var response = await client.PostAsync("/masuk", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    public async Task DisposeAsync() => await portal.DisposeAsync();

    private Task<HttpResponseMessage> Register(string email, string password, string? nik) =>
        client.PostAsJsonAsync("/api/account/register", new { fullName = "Warga Uji", email, password, nik });

    private async Task RegisterAsync(string email, string password, string? nik = null) =>
        await (await Register(email, password, nik)).JsonAsync(HttpStatusCode.Created);

    private Task<HttpResponseMessage> TokenAsync(string email, string password, string? twoFactorCode = null) =>
        client.PostAsJsonAsync("/api/auth/token", new { email, password, twoFactorCode });

    private async Task ConfirmFromMailAsync(string email)
    {
        var link = LinkFromMail(email, "/konfirmasi-email");
        var userId = Regex.Match(link, "userId=([^&\\s]+)").Groups[1].Value;
        var code = Regex.Match(link, "code=([^&\\s]+)").Groups[1].Value;
        (await client.PostAsJsonAsync("/api/account/confirm-email", new { userId, code })).EnsureSuccessStatusCode();
    }

    private string LinkFromMail(string email, string path)
    {
        var mail = portal.SentMail().Last(m => m.To.ToString().Contains(email, StringComparison.OrdinalIgnoreCase));
        return Regex.Match(mail.TextBody ?? string.Empty, $"http\\S+{Regex.Escape(path)}\\S+").Value;
    }

    private async Task<JsonElement> MeAsync(string accessToken) =>
        await (await Authorized(HttpMethod.Get, "/api/account/me", accessToken)).JsonAsync(HttpStatusCode.OK);

    private Task<HttpResponseMessage> Authorized(HttpMethod method, string url, string accessToken, object? body = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client.SendAsync(request);
    }
}
