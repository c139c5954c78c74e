using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using AspirasiEtam.Testing;

namespace AspirasiEtam.IntegrationTests;

/// <summary>Tests against the host's real sign-in (no test scheme), with a super admin bootstrapped from configuration.</summary>
public abstract class RealSignInTests(bool requireTwoFactorForStaff) : IAsyncLifetime
{
    protected const string AdminEmail = "root@kaltimprov.go.id";
    protected const string AdminPassword = "Bootstrap-Admin-2026";

    protected PortalFactory Portal { get; } = PortalFactory.WithRealSignIn(new Dictionary<string, string?>
    {
        ["Identity:BootstrapAdmin:Email"] = AdminEmail,
        ["Identity:BootstrapAdmin:Password"] = AdminPassword,
        ["Identity:RequireTwoFactorForStaff"] = requireTwoFactorForStaff ? "true" : "false",
    });

    protected HttpClient Client { get; private set; } = null!;

    /// <summary>The refresh token of the last successful <see cref="TokenAsync"/>.</summary>
    protected string? LastRefreshToken { get; private set; }

    public Task InitializeAsync()
    {
        Client = Portal.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Portal.DisposeAsync();

    protected Task<HttpResponseMessage> TokenResponseAsync(string email, string password, string? twoFactorCode = null) =>
        Client.PostAsJsonAsync("/api/auth/token", new { email, password, twoFactorCode });

    protected async Task<string> TokenAsync(string email, string password, string? twoFactorCode = null)
    {
        var token = await (await TokenResponseAsync(email, password, twoFactorCode)).JsonAsync(HttpStatusCode.OK);
        LastRefreshToken = token.GetProperty("refreshToken").GetString();
        return token.GetProperty("accessToken").GetString()!;
    }

    protected Task<HttpResponseMessage> Send(string token, HttpMethod method, string url, object? body = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return Client.SendAsync(request);
    }

    /// <summary>The link to <paramref name="path"/> in the last email sent to <paramref name="email"/>.</summary>
    protected string LinkFromMail(string email, string path)
    {
        var mail = Portal.SentMail().Last(m => m.To.ToString().Contains(email, StringComparison.OrdinalIgnoreCase));
        return Regex.Match(mail.TextBody ?? string.Empty, $"http\\S+{Regex.Escape(path)}\\S+").Value;
    }

    protected static string Query(string link, string name) => Regex.Match(link, $"{name}=([^&\\s]+)").Groups[1].Value;

    protected Task<HttpResponseMessage> RegisterResponseAsync(string email, string password, string? nik = null) =>
        Client.PostAsJsonAsync("/api/account/register", new { fullName = "Warga Uji", email, password, nik });

    /// <summary>Registers a citizen; the answer is the same whether or not the address has an account (AccountEnumerationTests).</summary>
    protected async Task RegisterAsync(string email, string password, string? nik = null) =>
        (await RegisterResponseAsync(email, password, nik)).EnsureSuccessStatusCode();

    protected async Task ConfirmFromMailAsync(string email)
    {
        var link = LinkFromMail(email, "/konfirmasi-email");
        (await Client.PostAsJsonAsync("/api/account/confirm-email", new { userId = Query(link, "userId"), code = Query(link, "code") })).EnsureSuccessStatusCode();
    }

    /// <summary>A citizen who registered and confirmed the address, ready to sign in.</summary>
    protected async Task CitizenAsync(string email, string password)
    {
        await RegisterAsync(email, password);
        await ConfirmFromMailAsync(email);
    }

    /// <summary>Chooses a password from a staff invitation (or reset) email and signs in.</summary>
    protected async Task<string> AcceptInvitationAsync(string email, string password)
    {
        var code = Query(LinkFromMail(email, "/atur-ulang-sandi"), "code");
        (await Client.PostAsJsonAsync("/api/account/reset-password", new { email, code, newPassword = password })).EnsureSuccessStatusCode();
        return await TokenAsync(email, password);
    }
}
