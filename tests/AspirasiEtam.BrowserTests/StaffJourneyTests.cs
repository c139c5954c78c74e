using System.Net.Http.Json;
using System.Text.Json;
using AspirasiEtam.Shared.Contracts;
using AspirasiEtam.Testing;
using Microsoft.Playwright;

namespace AspirasiEtam.BrowserTests;

/// <summary>
/// The staff journey on a 390×844 phone (issue 14): PPID Utama finds a report in the inbox by its deadline and
/// dispatches it; the agency's officer sees the notice badge, opens the report from the notice, keeps a note
/// internal, sets a target date and answers — every page without sideways scrolling and clean under axe.
/// </summary>
public sealed class StaffJourneyTests(Chromium chromium) : IClassFixture<Chromium>
{
    [BrowserFact]
    public async Task Ppid_utama_dispatches_and_the_officer_is_told_and_answers_on_a_phone()
    {
        var api = Client(Roles.MainOffice);
        var dinkes = await Eventually.Until(
            async () => (await api.GetFromJsonAsync<JsonElement>("/api/admin/aspirations/agencies")).EnumerateArray()
                .Where(a => a.GetProperty("code").GetString() == "DINKES").Select(a => a.GetProperty("id").GetGuid()).FirstOrDefault(),
            id => id != Guid.Empty,
            what: "the Aspirations module to learn DINKES");
        var officerId = (await (await Client(Roles.SuperAdmin).PostAsJsonAsync("/api/admin/staff", new
        {
            email = "petugas.hp@kaltimprov.go.id", fullName = "Petugas Ponsel", roles = new[] { Roles.AgencyOfficer }, agencyIds = new[] { dinkes }, provinceWide = false,
        })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await Eventually.Until(
            () => Task.FromResult(PortalFactory.Scalar<long>(chromium.Portal.DatabaseFile("aspirations"), "SELECT COUNT(*) FROM StaffMembers WHERE Email = 'petugas.hp@kaltimprov.go.id'")),
            n => n > 0,
            what: "the Aspirations module to learn of the officer");
        var code = (await (await Client(Roles.Citizen).PostAsJsonAsync("/api/aspirations", new
        {
            kind = "complaint",
            title = "Puskesmas tutup lebih awal dari jadwal",
            description = "Puskesmas kecamatan tutup pukul sebelas padahal jadwalnya sampai pukul dua siang, warga pulang tanpa dilayani.",
            categoryCode = "kesehatan",
        })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("trackingCode").GetString()!;

        var failures = new List<string>();

        // PPID Utama, on a phone: the inbox sorted by deadline, the report, the dispatch.
        var mainOffice = await PhoneAsync(new() { [TestAuthentication.RolesHeader] = Roles.MainOffice });
        await mainOffice.GotoAsync("/staf/aspirasi");
        await CheckAsync(mainOffice, failures);
        await mainOffice.GetByLabel("Urutkan").SelectOptionAsync("Due");
        await mainOffice.GetByRole(AriaRole.Button, new() { Name = "Tampilkan" }).ClickAsync();
        await Chromium.ArrivedAsync(mainOffice, "sort=Due");
        await Chromium.ScreenshotAsync(mainOffice, "staff-phone-inbox");
        await mainOffice.Locator("tr", new() { HasText = "Puskesmas tutup lebih awal dari jadwal" }).GetByRole(AriaRole.Link).First.ClickAsync();
        await Chromium.ArrivedAsync(mainOffice, "/staf/aspirasi/[0-9a-f-]{36}$");
        await CheckAsync(mainOffice, failures);
        Assert.DoesNotContain(code, await mainOffice.ContentAsync(), StringComparison.Ordinal);
        await mainOffice.GetByRole(AriaRole.Button, new() { Name = "Teruskan" }).ClickAsync();
        Assert.Contains("ditindaklanjuti", await mainOffice.Locator("#status").InnerTextAsync());
        var reportUrl = mainOffice.Url;

        // The officer: the badge beside "Pemberitahuan", the notice, the report.
        var officer = await PhoneAsync(new()
        {
            [TestAuthentication.RolesHeader] = Roles.AgencyOfficer, [TestAuthentication.AgenciesHeader] = dinkes.ToString(), [TestAuthentication.UserHeader] = officerId.ToString(),
        });
        await officer.GotoAsync("/staf/aspirasi");
        Assert.Equal("1", (await officer.Locator("a[href='/staf/pemberitahuan'] .badge.count").InnerTextAsync()).Split()[0]);
        await officer.Locator("a[href='/staf/pemberitahuan']").ClickAsync();
        await Chromium.ArrivedAsync(officer, "/staf/pemberitahuan$");
        await CheckAsync(officer, failures);
        await officer.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("Puskesmas tutup lebih awal") }).ClickAsync();
        await Chromium.ArrivedAsync(officer, reportUrl.Replace(chromium.BaseAddress.ToString().TrimEnd('/'), string.Empty, StringComparison.Ordinal) + "$");
        await CheckAsync(officer, failures);

        // An internal note (the default), a target date with its reason, then the answer after "Saya yakin".
        await officer.GetByLabel("Catatan perkembangan").FillAsync("Kepala puskesmas sudah kami hubungi.");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Simpan catatan" }).ClickAsync();
        await officer.Locator("#target-date").FillAsync(DateTime.UtcNow.AddDays(10).ToString("yyyy-MM-dd"));
        await officer.GetByLabel("Alasan, dibaca pelapor").FillAsync("Jadwal dokter jaga disusun ulang bersama dinas.");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Tetapkan target" }).ClickAsync();
        await officer.GetByLabel("Jawaban akhir").FillAsync("Jam layanan puskesmas kembali sampai pukul 14.00 dan dipantau setiap minggu.");
        var respond = officer.Locator("form", new() { Has = officer.GetByLabel("Jawaban akhir") });
        await respond.GetByLabel("Saya yakin").CheckAsync();
        await respond.GetByRole(AriaRole.Button, new() { Name = "Kirim jawaban" }).ClickAsync();
        Assert.Contains("sudah dijawab", await officer.Locator("#status").InnerTextAsync());
        await CheckAsync(officer, failures);
        await Chromium.ScreenshotAsync(officer, "staff-phone-answered");

        // The reporter reads the answer and the target, not the internal note.
        var tracked = await Client(null).GetFromJsonAsync<JsonElement>($"/api/aspirations/track/{code}");
        var history = tracked.GetRawText();
        Assert.Contains("Jam layanan puskesmas kembali", history, StringComparison.Ordinal);
        Assert.DoesNotContain("Kepala puskesmas sudah kami hubungi", history, StringComparison.Ordinal);

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>The page fits the phone's width and passes axe.</summary>
    private static async Task CheckAsync(IPage page, List<string> failures)
    {
        var path = new Uri(page.Url).PathAndQuery;
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        if (overflow > 0)
        {
            failures.Add($"{path} scrolls {overflow} px sideways on a 390 px phone");
        }

        failures.AddRange((await AxeRunner.ViolationsAsync(page)).Select(v => $"{path}: {v}"));
    }

    private async Task<IPage> PhoneAsync(Dictionary<string, string> headers)
    {
        // The context bypasses the page's content-security policy only so that the test can inject axe.
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = chromium.BaseAddress.ToString(), Locale = "id-ID", BypassCSP = true, ExtraHTTPHeaders = headers,
            ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true,
        });
        return await context.NewPageAsync();
    }

    private HttpClient Client(string? role)
    {
        var client = role is null ? chromium.Portal.CreateClient() : chromium.Portal.CreateClient(role);
        client.BaseAddress = chromium.BaseAddress;
        return client;
    }
}
