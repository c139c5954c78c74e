using System.Text.RegularExpressions;
using AspirasiEtam.Testing;
using Microsoft.Playwright;

namespace AspirasiEtam.BrowserTests;

/// <summary>The host with its real sign-in (cookies, confirmation emails in the pickup folder).</summary>
public sealed class ChromiumWithRealSignIn : Chromium
{
    protected override PortalFactory CreatePortal() => PortalFactory.WithRealSignIn();
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
        Assert.Contains("Akun dibuat", await page.Locator("main").InnerTextAsync());

        var mail = chromium.Portal.SentMail().Single(m => m.To.ToString().Contains("siti@example.id", StringComparison.Ordinal));
        var link = new Uri(Regex.Match(mail.TextBody ?? string.Empty, @"http\S+/konfirmasi-email\S+").Value);
        await page.GotoAsync(link.PathAndQuery);
        Assert.Contains("sudah dikonfirmasi", await page.Locator("main").InnerTextAsync());

        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Masuk" }).ClickAsync();
        await page.GetByLabel("Email").FillAsync("siti@example.id");
        await page.GetByLabel("Kata sandi").FillAsync("Rahasia-Siti-2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
        await page.WaitForURLAsync("**/akun");
        Assert.Contains("Siti Aminah", await page.Locator("main").InnerTextAsync());
        await Chromium.ScreenshotAsync(page, "account");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Navigasi utama" }).GetByRole(AriaRole.Link, new() { Name = "Keluar" }).ClickAsync();
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Keluar" }).ClickAsync();
        await page.WaitForURLAsync(chromium.BaseAddress.ToString());
        Assert.Equal(1, await page.GetByRole(AriaRole.Navigation, new() { Name = "Navigasi utama" }).GetByRole(AriaRole.Link, new() { Name = "Masuk" }).CountAsync());

        var response = await page.GotoAsync("/akun");
        Assert.Contains("/masuk", page.Url);
        Assert.Equal(200, response!.Status);
    }
}
