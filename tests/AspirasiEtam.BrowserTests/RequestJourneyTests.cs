using System.Net.Http.Json;
using System.Text.Json;
using AspirasiEtam.Shared.Contracts;
using AspirasiEtam.Testing;
using Microsoft.Playwright;

namespace AspirasiEtam.BrowserTests;

/// <summary>
/// A request for information the whole way in the browser: the citizen asks (after the register is checked for it),
/// the agency extends, grants in part with a printed notice, the citizen objects, the agency's superior answers.
/// </summary>
public sealed class RequestJourneyTests(Chromium chromium) : IClassFixture<Chromium>
{
    [BrowserFact]
    public async Task A_request_is_extended_granted_in_part_objected_to_and_answered_by_the_superior()
    {
        var dishub = await AgencyIdAsync("DISHUB");
        var scan = await BrowserFiles.PdfFileAsync("KARTU TANDA PENDUDUK");

        // The citizen describes the information, sees nothing published matches, and sends the request.
        var citizen = await chromium.NewPageAsync();
        await citizen.GotoAsync("/ppid/permohonan");
        await citizen.GetByLabel("Informasi yang dibutuhkan").FillAsync("Jadwal dan tarif kapal penyeberangan Samarinda–Balikpapan tahun 2026");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Lanjut" }).ClickAsync();
        Assert.Contains("Langkah 2 dari 2", await citizen.Locator("main").InnerTextAsync());
        await citizen.GetByLabel("Ditujukan kepada").SelectOptionAsync(dishub.ToString());
        await citizen.GetByLabel("Nama lengkap", new() { Exact = false }).FillAsync("Siti Pemohon");
        await citizen.Locator("input[name='Form.IdentityNumber']").FillAsync("6472019876543210");
        await citizen.Locator("input[name=IdentityScan]").SetInputFilesAsync(scan);
        await citizen.GetByLabel("Alamat").FillAsync("Jl. Pahlawan 3, Samarinda");
        await citizen.GetByLabel("Email").FillAsync("siti.pemohon@example.id");
        await citizen.GetByLabel("Tujuan", new() { Exact = false }).FillAsync("Perencanaan perjalanan keluarga");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Kirim permohonan" }).ClickAsync();
        await Chromium.ArrivedAsync(citizen, "/ppid/permohonan/tanda-terima$");
        var number = await citizen.Locator("#request-number").InnerTextAsync();
        var code = await citizen.Locator("#access-code").InnerTextAsync();
        Assert.Matches("^PPID/\\d{4}/DISHUB/\\d{6}$", number);
        Assert.StartsWith("KODE-", code, StringComparison.Ordinal);
        Assert.Equal(1, await citizen.Locator("img[alt*='QR']").CountAsync());
        await Chromium.ScreenshotAsync(citizen, "request-receipt");

        // The agency's officer extends it with a reason, then grants it in part on a Pasal 17 ground.
        var officer = await chromium.NewPageAsync(new Dictionary<string, string>
        {
            [TestAuthentication.RolesHeader] = Roles.AgencyOfficer,
            [TestAuthentication.AgenciesHeader] = dishub.ToString(),
        });
        await officer.GotoAsync("/staf/ppid/permohonan");
        await officer.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        Assert.Contains("6472019876543210", await officer.Locator("main").InnerTextAsync());
        await officer.GetByLabel("Alasan tertulis").FillAsync("Data tarif masih dihimpun dari tiga operator.");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Perpanjang dan terbitkan pemberitahuan" }).ClickAsync();
        Assert.Contains("diperpanjang", await officer.Locator("[role=status]").InnerTextAsync());
        await officer.GetByLabel("Dikabulkan sebagian").CheckAsync();
        await officer.GetByLabel("Uraian").FillAsync("Jadwal dan tarif diberikan; kontrak operator tidak.");
        await officer.GetByLabel("Bagian yang dihitamkan", new() { Exact = false }).FillAsync("Nilai kontrak operator dihitamkan.");
        await officer.GetByLabel("Dasar pengecualian", new() { Exact = false }).SelectOptionAsync("17b");
        await officer.GetByLabel("Uji konsekuensi").FillAsync("Membuka nilai kontrak merugikan persaingan usaha yang sehat.");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Terbitkan pemberitahuan tertulis" }).ClickAsync();
        Assert.Contains("Sudah diputus", await officer.Locator("#status").InnerTextAsync());

        // The written notice, printed: the letter alone, the site around it hidden.
        await officer.GetByRole(AriaRole.Link, new() { Name = $"{number}/SPT-2" }).ClickAsync();
        Assert.Contains("SURAT PEMBERITAHUAN TERTULIS", await officer.Locator("article.letter").InnerTextAsync());
        await officer.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await officer.Locator("nav").First.IsVisibleAsync());
        Assert.True(await officer.Locator("article.letter").IsVisibleAsync());
        var printed = await officer.PdfAsync(new() { Format = "A4" });
        Assert.Equal("%PDF"u8.ToArray(), printed[..4]);
        await officer.EmulateMediaAsync(new() { Media = Media.Screen });

        // The citizen reads the notice with the number and code, and objects.
        await citizen.GotoAsync($"/ppid/permohonan/status?nomor={Uri.EscapeDataString(number)}");
        await citizen.GetByLabel("Kode rahasia").FillAsync(code);
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Lihat status" }).ClickAsync();
        Assert.Contains("Dikabulkan sebagian", await citizen.Locator("#status").InnerTextAsync() + await citizen.Locator("main").InnerTextAsync());
        Assert.Equal(2, await citizen.Locator("article.letter").CountAsync());
        await citizen.GetByLabel("Alasan keberatan").SelectOptionAsync("35a");
        await citizen.GetByLabel("Uraian keberatan").FillAsync("Nilai kontrak dibayar dari APBD dan bukan rahasia dagang.");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Kirim keberatan" }).ClickAsync();
        Assert.Contains("Keberatan diregistrasi", await citizen.Locator("[role=status]").InnerTextAsync());

        // The agency's superior answers the objection.
        var supervisor = await chromium.NewPageAsync(new Dictionary<string, string>
        {
            [TestAuthentication.RolesHeader] = Roles.Supervisor,
            [TestAuthentication.AgenciesHeader] = dishub.ToString(),
        });
        await supervisor.GotoAsync("/staf/ppid/permohonan");
        await supervisor.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        Assert.DoesNotContain("6472019876543210", await supervisor.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await supervisor.GetByLabel("Keberatan diterima").CheckAsync();
        await supervisor.GetByLabel("Pertimbangan").FillAsync("Nilai kontrak bersumber dari APBD: informasi publik.");
        await supervisor.GetByRole(AriaRole.Button, new() { Name = "Terbitkan tanggapan" }).ClickAsync();
        Assert.Contains("Tanggapan atas keberatan diterbitkan", await supervisor.Locator("[role=status]").InnerTextAsync());

        // The citizen sees the superior's answer and the Commission's deadline.
        await citizen.GotoAsync($"/ppid/permohonan/status?nomor={Uri.EscapeDataString(number)}");
        await citizen.GetByLabel("Kode rahasia").FillAsync(code);
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Lihat status" }).ClickAsync();
        var status = await citizen.Locator("main").InnerTextAsync();
        Assert.Contains("TANGGAPAN ATASAN PPID", status, StringComparison.Ordinal);
        Assert.Contains("Komisi Informasi", status, StringComparison.Ordinal);
        Assert.DoesNotContain("6472019876543210", status, StringComparison.Ordinal);
        await Chromium.ScreenshotAsync(citizen, "request-status");
        File.Delete(scan);
    }

    private async Task<Guid> AgencyIdAsync(string code)
    {
        var client = chromium.Portal.CreateClient(Roles.MainOffice);
        client.BaseAddress = chromium.BaseAddress;
        return await Eventually.Until(
            async () => (await client.GetFromJsonAsync<JsonElement>("/api/staff/ppid/agencies")).EnumerateArray()
                .Where(a => a.GetProperty("code").GetString() == code).Select(a => a.GetProperty("id").GetGuid()).FirstOrDefault(),
            id => id != Guid.Empty,
            what: $"the PPID module to learn {code}");
    }
}
