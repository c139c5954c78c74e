using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AspirasiEtam.Testing;

namespace AspirasiEtam.IntegrationTests;

/// <summary>
/// Nobody learns whether an address has an account by registering it, asking for a reset or signing in: known and
/// unknown addresses get the same status and body, on the API and on the pages; only the owner's mailbox is told.
/// </summary>
public sealed class AccountEnumerationTests() : RealSignInTests(requireTwoFactorForStaff: false)
{
    [Fact]
    public async Task Registering_a_known_address_answers_as_a_new_one_and_tells_the_owner_by_email()
    {
        await CitizenAsync("nina@example.id", "Rahasia-Nina-2026");

        await AssertSameAnswerAsync(HttpStatusCode.Accepted,
            () => RegisterResponseAsync("omar@example.id", "Rahasia-Omar-2026"), () => RegisterResponseAsync("NINA@example.id", "Rahasia-Lain-2026"));
        Assert.Equal(1L, PortalFactory.Scalar<long>(Portal.DatabaseFile("identity"), "SELECT COUNT(*) FROM AspNetUsers WHERE NormalizedEmail = 'NINA@EXAMPLE.ID'"));

        var told = Portal.SentMail().Last(m => m.To.ToString().Contains("nina@example.id", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("/masuk", told.TextBody, StringComparison.Ordinal);
        Assert.Contains("/lupa-sandi", told.TextBody, StringComparison.Ordinal);
        await TokenAsync("nina@example.id", "Rahasia-Nina-2026");
        await (await TokenResponseAsync("nina@example.id", "Rahasia-Lain-2026")).ProblemAsync(HttpStatusCode.Unauthorized);

        await AssertSameAnswerAsync(HttpStatusCode.BadRequest, () => RegisterResponseAsync("putri@example.id", "lemah"), () => RegisterResponseAsync("nina@example.id", "lemah"));
    }

    [Fact]
    public async Task The_register_page_answers_a_known_address_as_a_new_one()
    {
        await CitizenAsync("qori@example.id", "Rahasia-Qori-2026");

        var unknown = await RegisterOnThePageAsync("rudi@example.id");
        var known = await RegisterOnThePageAsync("qori@example.id");
        Assert.NotEmpty(unknown);
        Assert.Equal(unknown, known);
    }

    [Fact]
    public async Task Signing_in_to_an_unconfirmed_account_with_a_wrong_password_says_what_an_unknown_address_gets()
    {
        await RegisterAsync("sari@example.id", "Rahasia-Sari-2026");

        await AssertSameAnswerAsync(HttpStatusCode.Unauthorized,
            () => TokenResponseAsync("tidak-ada@example.id", "Tebakan-Saja-2026"), () => TokenResponseAsync("sari@example.id", "Tebakan-Saja-2026"));
        Assert.Equal(await SignInPageMessageAsync("tidak-ada@example.id", "Tebakan-Saja-2026"), await SignInPageMessageAsync("sari@example.id", "Tebakan-Saja-2026"));

        // Whoever has the right password owns the account, and is told what to do.
        var owner = await (await TokenResponseAsync("sari@example.id", "Rahasia-Sari-2026")).ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("not_allowed", owner.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Asking_for_a_reset_and_using_a_forged_link_answer_alike_for_known_and_unknown_addresses()
    {
        await CitizenAsync("tono@example.id", "Rahasia-Tono-2026");

        await AssertSameAnswerAsync(HttpStatusCode.Accepted,
            () => Client.PostAsJsonAsync("/api/account/forgot-password", new { email = "umi@example.id" }),
            () => Client.PostAsJsonAsync("/api/account/forgot-password", new { email = "tono@example.id" }));
        await AssertSameAnswerAsync(HttpStatusCode.BadRequest,
            () => Client.PostAsJsonAsync("/api/account/reset-password", new { email = "umi@example.id", code = "Zm9yZ2Vk", newPassword = "Baru-Sekali-2026" }),
            () => Client.PostAsJsonAsync("/api/account/reset-password", new { email = "tono@example.id", code = "Zm9yZ2Vk", newPassword = "Baru-Sekali-2026" }));
    }

    /// <summary>An unknown and a known address (asked in that order) get the expected status and the same body.</summary>
    private static async Task AssertSameAnswerAsync(HttpStatusCode expected, Func<Task<HttpResponseMessage>> unknown, Func<Task<HttpResponseMessage>> known)
    {
        var toUnknown = await AnswerAsync(await unknown());
        Assert.Equal(expected, toUnknown.Status);
        Assert.Equal(toUnknown, await AnswerAsync(await known()));
    }

    /// <summary>The answer as the caller sees it, but for the trace id every problem carries.</summary>
    private static async Task<(HttpStatusCode Status, string Body)> AnswerAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        if (body.Length > 0 && JsonDocument.Parse(body).RootElement is { ValueKind: JsonValueKind.Object } json)
        {
            body = string.Join(",", json.EnumerateObject().Where(p => p.Name != "traceId").Select(p => $"{p.Name}={p.Value}"));
        }

        return (response.StatusCode, body);
    }

    private async Task<string> RegisterOnThePageAsync(string email)
    {
        var response = await Portal.CreateClient().PostFormAsync("/daftar", new()
        {
            ["FullName"] = "Warga Uji",
            ["Email"] = email,
            ["Password"] = "Rahasia-Daftar-2026",
            ["ConfirmPassword"] = "Rahasia-Daftar-2026",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return PageForms.Message(await response.Content.ReadAsStringAsync());
    }

    private async Task<string> SignInPageMessageAsync(string email, string password)
    {
        var response = await Portal.CreateClient().PostFormAsync("/masuk", new() { ["Email"] = email, ["Password"] = password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return PageForms.Message(await response.Content.ReadAsStringAsync());
    }
}
