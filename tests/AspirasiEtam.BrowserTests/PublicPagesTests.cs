using Microsoft.Playwright;

namespace AspirasiEtam.BrowserTests;

public sealed class PublicPagesTests(Chromium chromium) : IClassFixture<Chromium>
{
    [BrowserFact]
    public async Task The_home_page_explains_the_service_and_leads_to_its_three_tasks()
    {
        var page = await chromium.NewPageAsync();
        var response = await page.GotoAsync("/");

        Assert.Equal(200, response!.Status);
        // The real server (Kestrel) names no software, and the page runs under the content-security policy.
        Assert.False((await response.AllHeadersAsync()).ContainsKey("server"), "the Server banner is sent");
        Assert.Contains("script-src 'self'", (await response.AllHeadersAsync())["content-security-policy"], StringComparison.Ordinal);
        Assert.Contains("Beranda", await page.TitleAsync());
        Assert.Equal("id", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal(3, await page.Locator("#cara-kerja .how-steps li").CountAsync());
        await Chromium.ScreenshotAsync(page, "home");
        await page.Locator(".hero").GetByRole(AriaRole.Link, new() { Name = "Lacak laporan" }).ClickAsync();
        await Chromium.ArrivedAsync(page, "/lacak$");
        await page.GotoAsync("/");
        await page.Locator(".hero").GetByRole(AriaRole.Link, new() { Name = "Kirim laporan" }).ClickAsync();
        await Chromium.ArrivedAsync(page, "/aspirasi/baru$");
    }

    [BrowserFact]
    public async Task On_a_390_pixel_phone_no_public_page_scrolls_sideways_and_the_header_stays_compact()
    {
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = chromium.BaseAddress.ToString(), Locale = "id-ID", ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true,
        });
        var page = await context.NewPageAsync();
        foreach (var path in new[] { "/", "/aspirasi", "/aspirasi/baru", "/lacak", "/ppid", "/ppid/permohonan", "/ppid/permohonan/status", "/ppid/laporan-tahunan", "/opd", "/kinerja", "/masuk" })
        {
            await page.GotoAsync(path);
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"{path} scrolls {overflow} px sideways on a 390 px phone");
        }

        await page.GotoAsync("/");
        var header = await page.Locator(".site-header").BoundingBoxAsync();
        Assert.True(header!.Height < 200, $"the header takes {header.Height} of 844 px");
        await Chromium.ScreenshotAsync(page, "phone-home");
        await context.CloseAsync();
    }

    [BrowserFact]
    public async Task A_citizen_finds_the_hospitals_in_the_agency_list_without_script()
    {
        var page = await chromium.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Navigasi utama" }).GetByRole(AriaRole.Link, new() { Name = "Daftar OPD" }).ClickAsync();
        await Chromium.ArrivedAsync(page, "/opd$");
        Assert.Contains("39 OPD ditemukan", await page.Locator("main").InnerTextAsync());

        await page.GetByLabel("Jenis").SelectOptionAsync("hospital");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tampilkan" }).ClickAsync();
        await Chromium.ArrivedAsync(page, @"/opd\?.*kind=hospital");

        Assert.Equal(4, await page.Locator("table.agencies tbody tr").CountAsync());
        Assert.Contains("RSUD Abdul Wahab Sjahranie", await page.Locator("table.agencies").InnerTextAsync());
        await Chromium.ScreenshotAsync(page, "agencies-hospitals");
    }

    [BrowserFact]
    public async Task The_language_switch_turns_the_page_to_english_and_back()
    {
        var page = await chromium.NewPageAsync();
        await page.GotoAsync("/opd");
        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Chromium.ArrivedAsync(page, "/opd$");

        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Contains("39 agencies found", await page.Locator("main").InnerTextAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "Bahasa Indonesia" }).ClickAsync();
        await Chromium.ArrivedAsync(page, "/opd$");
        Assert.Contains("39 OPD ditemukan", await page.Locator("main").InnerTextAsync());
    }
}
