using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using AspirasiEtam.Shared.Contracts;
using AspirasiEtam.Testing;
using Microsoft.Playwright;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace AspirasiEtam.BrowserTests;

/// <summary>
/// The journey the province announced: a guest submits with a photo and gets a code, PPID Utama dispatches,
/// the agency's officer responds, the guest reads the response and rates it — all in the browser.
/// </summary>
public sealed class AspirationJourneyTests(Chromium chromium) : IClassFixture<Chromium>
{
    [BrowserFact]
    public async Task A_guest_report_with_a_photo_is_dispatched_answered_and_rated()
    {
        var dinkes = await AgencyIdAsync("DINKES");
        var photo = Path.Combine(Path.GetTempPath(), $"journey-{Guid.NewGuid():N}.jpg");
        using (var image = new Image<Rgba32>(80, 60, new Rgba32(200, 40, 40)))
        {
            await image.SaveAsJpegAsync(photo);
        }

        // The guest submits with a photo and confirms the email.
        var guest = await chromium.NewPageAsync();
        await guest.GotoAsync("/aspirasi/baru");
        await guest.GetByLabel("Pengaduan layanan publik").CheckAsync();
        await guest.GetByLabel("Judul").FillAsync("Obat di puskesmas sering kosong");
        await guest.GetByLabel("Uraian").FillAsync("Sudah tiga bulan obat hipertensi di puskesmas kelurahan kami kosong dan warga harus membeli sendiri.");
        await guest.GetByLabel("Kategori").SelectOptionAsync("kesehatan");
        await guest.Locator("input[type=file]").SetInputFilesAsync(photo);
        await guest.GetByLabel("Anonim", new() { Exact = false }).CheckAsync();
        await guest.GetByLabel("Email").FillAsync("tamu@example.id");
        await guest.GetByRole(AriaRole.Button, new() { Name = "Kirim" }).ClickAsync();
        var code = await guest.Locator("#tracking-code").InnerTextAsync();
        Assert.Matches("^ASP-", code);

        var mail = chromium.Portal.SentMail().Last(m => m.To.ToString().Contains("tamu@example.id", StringComparison.Ordinal));
        await guest.GotoAsync(new Uri(Regex.Match(mail.TextBody ?? string.Empty, @"http\S+/aspirasi/konfirmasi\S+").Value).PathAndQuery);
        Assert.Contains("diteruskan ke PPID Utama", await guest.Locator("main").InnerTextAsync());

        // PPID Utama dispatches it to the suggested agency.
        var mainOffice = await chromium.NewPageAsync(new Dictionary<string, string> { [TestAuthentication.RolesHeader] = Roles.MainOffice });
        await mainOffice.GotoAsync("/staf/aspirasi");
        // Staff name reports by number: the tracking code stays with the reporter.
        Assert.DoesNotContain(code, await mainOffice.ContentAsync(), StringComparison.Ordinal);
        await mainOffice.Locator("tr", new() { HasText = "Obat di puskesmas sering kosong" }).GetByRole(AriaRole.Link).ClickAsync();
        Assert.DoesNotContain(code, await mainOffice.ContentAsync(), StringComparison.Ordinal);
        Assert.Contains("Dinas Kesehatan ★", await mainOffice.Locator("select[name=AgencyId] option:checked").InnerTextAsync());
        await mainOffice.GetByRole(AriaRole.Button, new() { Name = "Teruskan" }).ClickAsync();
        Assert.Contains("ditindaklanjuti", await mainOffice.Locator("#status").InnerTextAsync());
        var submissionUrl = mainOffice.Url;

        // The agency's officer sees the photo and answers.
        var officer = await chromium.NewPageAsync(new Dictionary<string, string>
        {
            [TestAuthentication.RolesHeader] = Roles.AgencyOfficer,
            [TestAuthentication.AgenciesHeader] = dinkes.ToString(),
        });
        await officer.GotoAsync(submissionUrl);
        Assert.Equal(1, await officer.Locator("ul.attachments li").CountAsync());
        Assert.Contains("dirahasiakan", await officer.Locator("main").InnerTextAsync());
        await officer.GetByLabel("Jawaban akhir").FillAsync("Stok obat hipertensi sudah dikirim ulang dan jadwal distribusi diperbaiki.");
        var respond = officer.Locator("form", new() { Has = officer.GetByLabel("Jawaban akhir") });
        // The final response cannot be undone: the browser itself holds it until the officer ticks "I am sure".
        await respond.GetByRole(AriaRole.Button, new() { Name = "Kirim jawaban" }).ClickAsync();
        Assert.Contains("ditindaklanjuti", await officer.Locator("#status").InnerTextAsync());
        await respond.GetByLabel("Saya yakin").CheckAsync();
        await respond.GetByRole(AriaRole.Button, new() { Name = "Kirim jawaban" }).ClickAsync();
        Assert.Contains("sudah dijawab", await officer.Locator("#status").InnerTextAsync());

        // The guest reads the answer and rates it.
        await guest.GotoAsync($"/lacak/{code}");
        // The answer comes first, under the step bar at "answered"; the history follows in one language.
        Assert.Contains("Stok obat hipertensi sudah dikirim ulang", await guest.Locator("#answer").InnerTextAsync());
        Assert.Equal("Dijawab", (await guest.Locator(".steps li[aria-current=step]").InnerTextAsync()).Split('(')[0].Trim());
        Assert.DoesNotContain("Dispatched to", await guest.Locator("ol.timeline").InnerTextAsync());
        await guest.GetByLabel("5 — Sangat baik").CheckAsync();
        await guest.GetByRole(AriaRole.Button, new() { Name = "Kirim nilai" }).ClickAsync();
        Assert.Contains("5/5 — Sangat baik", await guest.Locator("#rating").InnerTextAsync());
        await Chromium.ScreenshotAsync(guest, "tracking");
        File.Delete(photo);
    }

    private async Task<Guid> AgencyIdAsync(string code)
    {
        var client = chromium.Portal.CreateClient(Roles.MainOffice);
        client.BaseAddress = chromium.BaseAddress;
        return await Eventually.Until(
            async () => (await client.GetFromJsonAsync<JsonElement>("/api/admin/aspirations/agencies")).EnumerateArray()
                .Where(a => a.GetProperty("code").GetString() == code).Select(a => a.GetProperty("id").GetGuid()).FirstOrDefault(),
            id => id != Guid.Empty,
            what: $"the Aspirations module to learn {code}");
    }
}
