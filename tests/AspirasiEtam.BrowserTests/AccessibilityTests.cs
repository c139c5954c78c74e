using System.Net.Http.Json;
using System.Text.Json;
using AspirasiEtam.Shared.Contracts;
using AspirasiEtam.Testing;
using Microsoft.Playwright;

namespace AspirasiEtam.BrowserTests;

/// <summary>
/// axe-core (vendored from npm, Axe/README) run inside Chromium on every public page and the staff's report pages, in
/// Indonesian and English, on a 390×844 phone and a 1366×768 laptop: no WCAG 2.1 A or AA violation.
/// </summary>
public sealed class AccessibilityTests(Chromium chromium) : IClassFixture<Chromium>
{
    private static readonly (int Width, int Height)[] Screens = [(390, 844), (1366, 768)];

    [BrowserFact]
    public async Task Every_public_page_passes_axe_in_both_languages_on_a_phone_and_a_laptop()
    {
        var (code, reportId) = await AnsweredPublicReportAsync();
        var pages = PublicPages(code, reportId);
        var failures = new List<string>();
        foreach (var screen in Screens)
        {
            foreach (var language in new[] { "id", "en" })
            {
                failures.AddRange(await ViolationsAsync(pages, screen, language, headers: null));
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>
    /// The weight budget a phone on a slow line pays per page: at most 30 KB of HTML, CSS and script (uncompressed,
    /// images aside). The map library (Leaflet, ~160 KB) is loaded only by a report page that has a map, and is not counted.
    /// </summary>
    [BrowserFact]
    public async Task Every_public_page_weighs_at_most_30_KB_of_html_css_and_script()
    {
        const int Budget = 30 * 1024;
        var (code, reportId) = await AnsweredPublicReportAsync();
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = chromium.BaseAddress.ToString() });
        var over = new List<string>();
        foreach (var path in PublicPages(code, reportId))
        {
            var page = await context.NewPageAsync();
            var responses = new List<IResponse>();
            page.Response += (_, response) => responses.Add(response);
            await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.NetworkIdle });
            var weight = 0;
            foreach (var response in responses.Where(r => r.Request.ResourceType is "document" or "stylesheet" or "script" && !r.Url.Contains("/lib/", StringComparison.Ordinal)))
            {
                weight += (await response.BodyAsync()).Length;
            }

            Assert.True(weight > 1024, $"{path} weighed only {weight} bytes: the measure missed the page");
            if (weight > Budget)
            {
                over.Add($"{path}: {weight / 1024.0:0.0} KB");
            }

            await page.CloseAsync();
        }

        await context.CloseAsync();
        Assert.True(over.Count == 0, "over the 30 KB budget: " + string.Join(", ", over));
    }

    [BrowserFact]
    public async Task The_staff_report_pages_pass_axe_in_both_languages()
    {
        var (_, reportId) = await AnsweredPublicReportAsync();
        var headers = new Dictionary<string, string> { [TestAuthentication.RolesHeader] = Roles.MainOffice };
        var failures = new List<string>();
        foreach (var language in new[] { "id", "en" })
        {
            failures.AddRange(await ViolationsAsync(["/staf/aspirasi", $"/staf/aspirasi/{reportId}", "/staf/pemberitahuan", "/staf/opd", "/admin/libur", "/admin/kategori", "/admin/opd", "/staf/kinerja", "/staf/kinerja/DINKES"], Screens[1], language, headers));
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static string[] PublicPages(string code, Guid reportId) =>
    [
        "/", "/aspirasi", $"/aspirasi/{reportId}", "/aspirasi/baru", "/lacak", $"/lacak/{code}", $"/lacak/{code}/tanda-terima", "/bantuan", "/kontak",
        "/opd", "/kinerja", "/kinerja/DINKES", "/ppid", "/ppid/permohonan", "/ppid/permohonan/status", "/ppid/laporan-tahunan", "/masuk", "/daftar", "/lupa-sandi",
    ];

    private async Task<List<string>> ViolationsAsync(string[] paths, (int Width, int Height) screen, string language, Dictionary<string, string>? headers)
    {
        // axe is injected by the test, not the page: the context bypasses the page's content-security policy for it.
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = chromium.BaseAddress.ToString(), BypassCSP = true, ViewportSize = new ViewportSize { Width = screen.Width, Height = screen.Height },
            IsMobile = screen.Width < 500, ExtraHTTPHeaders = headers,
        });
        await context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = $"c%3D{language}%7Cuic%3D{language}", Url = chromium.BaseAddress.ToString() }]);
        var page = await context.NewPageAsync();
        var failures = new List<string>();
        foreach (var path in paths)
        {
            var response = await page.GotoAsync(path);
            Assert.True(response!.Ok, $"{path} answered {response.Status}");
            Assert.Equal(language, await page.Locator("html").GetAttributeAsync("lang"));
            failures.AddRange((await AxeRunner.ViolationsAsync(page)).Select(v => $"{path} [{language}, {screen.Width}px] {v}"));
        }

        await context.CloseAsync();
        return failures;
    }

    /// <summary>A public report (not confidential) dispatched and answered, so its pages show every part: steps, answer, rating form.</summary>
    private async Task<(string Code, Guid Id)> AnsweredPublicReportAsync()
    {
        var citizen = Client(Roles.Citizen);
        var mainOffice = Client(Roles.MainOffice);
        var created = await (await citizen.PostAsJsonAsync("/api/aspirations", new
        {
            kind = "complaint",
            title = "Lampu penerangan jalan padam di tikungan",
            description = "Sudah dua minggu lampu di tikungan tajam itu padam dan sudah terjadi dua kecelakaan motor.",
            categoryCode = "jalan-jembatan",
            regency = "Kota Samarinda",
            latitude = -0.49,
            longitude = 117.15,
            confidential = false,
        })).Content.ReadFromJsonAsync<JsonElement>();
        var code = created.GetProperty("trackingCode").GetString()!;
        var inbox = await mainOffice.GetFromJsonAsync<JsonElement>($"/api/admin/aspirations/inbox?search={code}");
        var id = inbox.GetProperty("items")[0].GetProperty("id").GetGuid();
        var agency = await Eventually.Until(
            async () => (await mainOffice.GetFromJsonAsync<JsonElement>("/api/admin/aspirations/agencies")).EnumerateArray()
                .Where(a => a.GetProperty("code").GetString() == "DINKES").Select(a => a.GetProperty("id").GetGuid()).FirstOrDefault(),
            found => found != Guid.Empty,
            what: "the Aspirations module to learn DINKES");
        (await mainOffice.PostAsJsonAsync($"/api/admin/aspirations/{id}/dispatch", new { agencyId = agency })).EnsureSuccessStatusCode();
        var officer = Client(Roles.AgencyOfficer);
        officer.DefaultRequestHeaders.Add(TestAuthentication.AgenciesHeader, agency.ToString());
        (await officer.PostAsJsonAsync($"/api/staff/aspirations/{id}/respond", new { text = "Lampu sudah diganti dengan LED baru." })).EnsureSuccessStatusCode();
        return (code, id);
    }

    private HttpClient Client(string role)
    {
        var client = chromium.Portal.CreateClient(role);
        client.BaseAddress = chromium.BaseAddress;
        return client;
    }
}
