using System.Text.RegularExpressions;
using AspirasiEtam.Testing;
using Microsoft.Playwright;
using OtpNet;

namespace AspirasiEtam.BrowserTests;

/// <summary>The host with its real sign-in (cookies, emails in the pickup folder) and a bootstrapped super admin.</summary>
public sealed class ChromiumWithRealSignIn : Chromium
{
    public const string AdminEmail = "root@kaltimprov.go.id";
    public const string AdminPassword = "Bootstrap-Admin-2026";

    protected override PortalFactory CreatePortal() => PortalFactory.WithRealSignIn(new Dictionary<string, string?>
    {
        ["Identity:BootstrapAdmin:Email"] = AdminEmail,
        ["Identity:BootstrapAdmin:Password"] = AdminPassword,
        ["Identity:RequireTwoFactorForStaff"] = "true",
    });
}

public sealed class CitizenAccountTests(ChromiumWithRealSignIn chromium) : IClassFixture<ChromiumWithRealSignIn>
{
    [BrowserFact]
    public async Task A_citizen_registers_confirms_through_the_emailed_link_signs_in_and_out()
    {
        var page = await chromium.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Daftar", Exact = true }).ClickAsync();
        await page.GetByLabel("Nama lengkap").FillAsync("Siti Aminah");
        await page.GetByLabel("Email").FillAsync("siti@example.id");
        await page.GetByLabel("Kata sandi", new() { Exact = true }).FillAsync("Rahasia-Siti-2026");
        await page.GetByLabel("Ulangi kata sandi").FillAsync("Rahasia-Siti-2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Daftar" }).ClickAsync();
        Assert.Contains("Pendaftaran diterima", await page.Locator("main").InnerTextAsync());

        var mail = chromium.Portal.SentMail().Single(m => m.To.ToString().Contains("siti@example.id", StringComparison.Ordinal));
        var link = new Uri(Regex.Match(mail.TextBody ?? string.Empty, @"http\S+/konfirmasi-email\S+").Value);
        await page.GotoAsync(link.PathAndQuery);
        Assert.Contains("sudah dikonfirmasi", await page.Locator("main").InnerTextAsync());

        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Masuk" }).ClickAsync();
        await page.GetByLabel("Email").FillAsync("siti@example.id");
        await page.GetByLabel("Kata sandi").FillAsync("Rahasia-Siti-2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
        // A citizen lands on their reports; their account page fits a 390 px phone.
        await Chromium.ArrivedAsync(page, "/aspirasi/saya$");
        await page.SetViewportSizeAsync(390, 844);
        foreach (var path in new[] { "/aspirasi/saya", "/ppid/permohonan/saya", "/akun" })
        {
            await page.GotoAsync(path);
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"{path} scrolls {overflow} px sideways on a 390 px phone");
        }

        Assert.Contains("Siti Aminah", await page.Locator("main").InnerTextAsync());
        await Chromium.ScreenshotAsync(page, "account");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Navigasi utama" }).GetByRole(AriaRole.Link, new() { Name = "Keluar" }).ClickAsync();
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Keluar" }).ClickAsync();
        await Chromium.ArrivedAsync(page, "^" + Regex.Escape(chromium.BaseAddress.ToString()) + "$");
        Assert.Equal(1, await page.GetByRole(AriaRole.Navigation, new() { Name = "Navigasi utama" }).GetByRole(AriaRole.Link, new() { Name = "Masuk" }).CountAsync());

        var response = await page.GotoAsync("/akun");
        Assert.Contains("/masuk", page.Url);
        Assert.Equal(200, response!.Status);
    }

    [BrowserFact]
    public async Task A_staff_member_must_enrol_an_authenticator_before_the_staff_pages_open()
    {
        var page = await chromium.NewPageAsync();
        await SignInAsync(page);
        await Chromium.ArrivedAsync(page, @"/akun/dua-langkah\?wajib=");
        Assert.Contains("wajib", await page.Locator("main").InnerTextAsync());
        await page.GotoAsync("/admin/staf");
        Assert.Contains("/ditolak", page.Url);

        await page.GotoAsync("/akun/dua-langkah");
        var totp = new Totp(Base32Encoding.ToBytes(await page.Locator("#shared-key").InnerTextAsync()));
        await page.Locator("input[name=Code]").FillAsync(totp.ComputeTotp());
        await page.GetByRole(AriaRole.Button, new() { Name = "Aktifkan" }).ClickAsync();
        Assert.Equal(10, await page.Locator("ul.codes li").CountAsync());

        var staff = await page.GotoAsync("/admin/staf");
        Assert.Equal(200, staff!.Status);
        Assert.Contains(ChromiumWithRealSignIn.AdminEmail, await page.Locator("table").InnerTextAsync());
        await Chromium.ScreenshotAsync(page, "staff");

        var next = await chromium.NewPageAsync();
        await SignInAsync(next);
        await Chromium.ArrivedAsync(next, "/masuk/dua-langkah");
        // Each code works once: the one that turned two-factor on is spent, so the next sign-in uses the next one.
        await next.GetByLabel("Kode").FillAsync(totp.ComputeTotp(DateTime.UtcNow.AddSeconds(30)));
        await next.GetByRole(AriaRole.Button, new() { Name = "Verifikasi" }).ClickAsync();
        // Staff land on their inbox.
        await Chromium.ArrivedAsync(next, "/staf/aspirasi$");
        Assert.Equal(200, (await next.GotoAsync("/admin/audit"))!.Status);
        Assert.Contains("Verifikasi dua langkah dinyalakan", await next.Locator("table").InnerTextAsync());
    }

    private static async Task SignInAsync(IPage page)
    {
        await page.GotoAsync("/masuk");
        await page.GetByLabel("Email").FillAsync(ChromiumWithRealSignIn.AdminEmail);
        await page.GetByLabel("Kata sandi").FillAsync(ChromiumWithRealSignIn.AdminPassword);
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
    }
}
