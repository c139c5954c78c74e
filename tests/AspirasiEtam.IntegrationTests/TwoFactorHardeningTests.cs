using System.Net;
using System.Net.Http.Json;
using AspirasiEtam.Testing;
using OtpNet;

namespace AspirasiEtam.IntegrationTests;

/// <summary>
/// Two-factor cannot be taken over or switched off with a borrowed session: a new key or turning it off takes the
/// password and a current code, the API takes them only as a JSON body, and each code works once.
/// </summary>
public sealed class TwoFactorHardeningTests() : RealSignInTests(requireTwoFactorForStaff: true)
{
    private const string Password = "Rahasia-Fajar-2026";

    [Fact]
    public async Task Setting_up_a_new_key_while_two_factor_is_on_takes_the_password_and_a_current_code()
    {
        var (totp, sharedKey, _) = await EnrolledCitizenAsync("fajar@example.id");
        var token = await TokenAsync("fajar@example.id", Password, Code(totp, stepsAhead: 1));

        var refusals = await RefusedWithoutOwnerProofAsync(token, "/api/account/two-factor/setup", totp);
        Assert.DoesNotContain(sharedKey, refusals, StringComparison.Ordinal);

        var renewed = await (await Send(token, HttpMethod.Post, "/api/account/two-factor/setup", new { password = Password, code = Code(totp, stepsAhead: 2) }))
            .JsonAsync(HttpStatusCode.OK);
        var newKey = renewed.GetProperty("sharedKey").GetString()!;
        Assert.NotEqual(sharedKey, newKey);

        // The new key is on trial: two-factor is off until a code from it proves the app has it.
        var again = await TokenAsync("fajar@example.id", Password);
        var next = new Totp(Base32Encoding.ToBytes(newKey));
        await (await Send(again, HttpMethod.Post, "/api/account/two-factor/enable", new { code = next.ComputeTotp() })).JsonAsync(HttpStatusCode.OK);
        await (await TokenResponseAsync("fajar@example.id", Password, Code(totp, stepsAhead: 2))).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Turning_two_factor_off_takes_the_password_and_a_current_code()
    {
        var (totp, _, _) = await EnrolledCitizenAsync("gita@example.id");
        var token = await TokenAsync("gita@example.id", Password, Code(totp, stepsAhead: 1));

        await RefusedWithoutOwnerProofAsync(token, "/api/account/two-factor/disable", totp);

        (await Send(token, HttpMethod.Post, "/api/account/two-factor/disable", new { password = Password, code = Code(totp, stepsAhead: 2) })).EnsureSuccessStatusCode();
        await TokenAsync("gita@example.id", Password);
    }

    [Fact]
    public async Task A_web_session_turns_two_factor_off_only_through_the_page_form_with_the_password_and_a_code()
    {
        var (totp, _, _) = await EnrolledCitizenAsync("hana@example.id");
        var web = Portal.CreateClient();
        await web.SignInOnTheWebAsync("hana@example.id", Password, Code(totp, stepsAhead: 1));

        // What another site could make the browser send: a plain form, with the session cookie.
        using var crossSite = new HttpRequestMessage(HttpMethod.Post, "/api/account/two-factor/disable")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["password"] = "tebakan", ["code"] = "123456" }),
        };
        crossSite.Headers.Add("Origin", "https://situs-lain.example");
        Assert.False((await web.SendAsync(crossSite)).IsSuccessStatusCode);
        Assert.True(await TwoFactorOnAsync(web));

        var withoutProof = await web.PostFormAsync("/akun/dua-langkah", [], handler: "Disable");
        Assert.Equal(HttpStatusCode.OK, withoutProof.StatusCode);
        Assert.True(await TwoFactorOnAsync(web));

        var withProof = await web.PostFormAsync("/akun/dua-langkah", new() { ["Password"] = Password, ["Code"] = Code(totp, stepsAhead: 2) }, handler: "Disable");
        Assert.Equal(HttpStatusCode.Redirect, withProof.StatusCode);
        Assert.False(await TwoFactorOnAsync(web));
    }

    [Fact]
    public async Task A_staff_member_who_turns_two_factor_off_on_the_page_is_back_to_enrolling()
    {
        var web = Portal.CreateClient();
        var signIn = await web.PostFormAsync("/masuk", new() { ["Email"] = AdminEmail, ["Password"] = AdminPassword });
        Assert.StartsWith("/akun/dua-langkah", signIn.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var enrolment = await web.GetStringAsync("/akun/dua-langkah");
        var totp = new Totp(Base32Encoding.ToBytes(System.Text.RegularExpressions.Regex.Match(enrolment, "<code id=\"shared-key\">([^<]+)</code>").Groups[1].Value));
        Assert.Equal(HttpStatusCode.OK, (await web.PostFormAsync("/akun/dua-langkah", enrolment, new() { ["Code"] = totp.ComputeTotp() }, handler: "Enable")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await web.GetAsync("/admin/staf")).StatusCode);

        var off = await web.PostFormAsync("/akun/dua-langkah", new() { ["Password"] = AdminPassword, ["Code"] = Code(totp, stepsAhead: 1) }, handler: "Disable");
        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.Contains("/ditolak", (await web.GetAsync("/admin/staf")).Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_authenticator_code_works_once()
    {
        var (totp, _, enablingCode) = await EnrolledCitizenAsync("indah@example.id");
        await (await TokenResponseAsync("indah@example.id", Password, enablingCode)).ProblemAsync(HttpStatusCode.Unauthorized);

        var code = Code(totp, stepsAhead: 1);
        var token = await TokenAsync("indah@example.id", Password, code);
        await (await TokenResponseAsync("indah@example.id", Password, code)).ProblemAsync(HttpStatusCode.Unauthorized);
        var replayed = await (await Send(token, HttpMethod.Post, "/api/account/two-factor/disable", new { password = Password, code }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(replayed.FieldErrors("code"));

        var web = Portal.CreateClient();
        var signIn = await web.PostFormAsync("/masuk", new() { ["Email"] = "indah@example.id", ["Password"] = Password });
        var secondStep = await web.PostFormAsync(signIn.Headers.Location!.OriginalString, new() { ["Code"] = code });
        Assert.Equal(HttpStatusCode.OK, secondStep.StatusCode);

        Assert.Equal(4L, PortalFactory.Scalar<long>(Portal.DatabaseFile("identity"), "SELECT COUNT(*) FROM SecurityEvents WHERE Kind = 'TwoFactorCodeReused'"));
    }

    /// <summary>A code of a later time step than any used so far in a test: the server accepts codes up to two steps ahead.</summary>
    private static string Code(Totp totp, int stepsAhead) => totp.ComputeTotp(DateTime.UtcNow.AddSeconds(30 * stepsAhead));

    /// <summary>
    /// Posts to <paramref name="url"/> without the password and a code, with a wrong password, and with a wrong
    /// code: each is refused with the field's error and two-factor stays on. Returns the refusals' text.
    /// </summary>
    private async Task<string> RefusedWithoutOwnerProofAsync(string token, string url, Totp totp)
    {
        var bare = await (await Send(token, HttpMethod.Post, url, new { })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(bare.FieldErrors("password"));
        Assert.NotEmpty(bare.FieldErrors("code"));
        var wrongPassword = await (await Send(token, HttpMethod.Post, url, new { password = "Salah-Sekali-2026", code = Code(totp, stepsAhead: 2) }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(wrongPassword.FieldErrors("password"));
        var wrongCode = await (await Send(token, HttpMethod.Post, url, new { password = Password, code = "000000" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(wrongCode.FieldErrors("code"));
        Assert.True((await MeAsync(token)).GetProperty("twoFactorEnabled").GetBoolean());
        return $"{bare} {wrongPassword} {wrongCode}";
    }

    /// <summary>A confirmed citizen who turned two-factor on with a code from the key the API handed out.</summary>
    private async Task<Enrolment> EnrolledCitizenAsync(string email)
    {
        await CitizenAsync(email, Password);
        var token = await TokenAsync(email, Password);
        var sharedKey = (await (await Send(token, HttpMethod.Post, "/api/account/two-factor/setup", new { })).JsonAsync(HttpStatusCode.OK)).GetProperty("sharedKey").GetString()!;
        var totp = new Totp(Base32Encoding.ToBytes(sharedKey));
        var code = totp.ComputeTotp();
        await (await Send(token, HttpMethod.Post, "/api/account/two-factor/enable", new { code })).JsonAsync(HttpStatusCode.OK);
        return new Enrolment(totp, sharedKey, code);
    }

    private async Task<System.Text.Json.JsonElement> MeAsync(string token) =>
        await (await Send(token, HttpMethod.Get, "/api/account/me")).JsonAsync(HttpStatusCode.OK);

    private static async Task<bool> TwoFactorOnAsync(HttpClient web) =>
        (await (await web.GetAsync("/api/account/me")).JsonAsync(HttpStatusCode.OK)).GetProperty("twoFactorEnabled").GetBoolean();

    private sealed record Enrolment(Totp Totp, string SharedKey, string EnablingCode);
}

/// <summary>The record of used codes is in the database: a restart does not make a spent code good again.</summary>
public sealed class TwoFactorReplayAfterRestartTests
{
    [Fact]
    public async Task A_spent_code_stays_spent_after_a_restart()
    {
        var directory = PortalFactory.NewDataDirectory();
        try
        {
            string code;
            await using (var first = PortalFactory.With(new Dictionary<string, string?>(), directory))
            {
                var anonymous = first.CreateClient();
                (await anonymous.PostAsJsonAsync("/api/account/register", new { fullName = "Warga Uji", email = "joko@example.id", password = "Rahasia-Joko-2026" })).EnsureSuccessStatusCode();
                var link = System.Text.RegularExpressions.Regex.Match(first.SentMail().Single().TextBody ?? string.Empty, @"userId=([^&\s]+)&code=(\S+)");
                (await anonymous.PostAsJsonAsync("/api/account/confirm-email", new { userId = link.Groups[1].Value, code = link.Groups[2].Value })).EnsureSuccessStatusCode();

                var citizen = first.CreateClient("Citizen");
                citizen.DefaultRequestHeaders.Add(TestAuthentication.UserHeader, link.Groups[1].Value);
                var key = (await (await citizen.PostAsJsonAsync("/api/account/two-factor/setup", new { })).JsonAsync(HttpStatusCode.OK)).GetProperty("sharedKey").GetString()!;
                code = new Totp(Base32Encoding.ToBytes(key)).ComputeTotp();
                await (await citizen.PostAsJsonAsync("/api/account/two-factor/enable", new { code })).JsonAsync(HttpStatusCode.OK);
            }

            await using var second = PortalFactory.With(new Dictionary<string, string?>(), directory);
            var replay = await second.CreateClient().PostAsJsonAsync("/api/auth/token", new { email = "joko@example.id", password = "Rahasia-Joko-2026", twoFactorCode = code });
            await replay.ProblemAsync(HttpStatusCode.Unauthorized);
        }
        finally
        {
            PortalFactory.DeleteDataDirectory(directory);
        }
    }
}
