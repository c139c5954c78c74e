using Microsoft.Playwright;
using OtpNet;

namespace AspirasiEtam.BrowserTests;

/// <summary>
/// The register's daily work in the browser, on the real sign-in: staff sign in with an authenticator code (required
/// for staff outside Development), write a berkala entry, upload its PDF and publish it; a citizen then finds it by a
/// word that occurs only inside the PDF and opens it.
/// </summary>
public sealed class RegisterJourneyTests(ChromiumWithRealSignIn chromium) : IClassFixture<ChromiumWithRealSignIn>
{
    [BrowserFact]
    public async Task Staff_publish_an_entry_with_a_PDF_and_a_citizen_finds_it_by_a_word_inside_the_PDF()
    {
        const string Word = "Pesutmahakam";
        var pdf = await BrowserFiles.PdfFileAsync($"Populasi {Word} di Sungai Mahakam tercatat dalam laporan kinerja.");

        // Staff sign in and enrol the authenticator the portal requires of them.
        var staff = await chromium.NewPageAsync();
        await staff.GotoAsync("/masuk");
        await staff.GetByLabel("Email").FillAsync(ChromiumWithRealSignIn.AdminEmail);
        await staff.GetByLabel("Kata sandi").FillAsync(ChromiumWithRealSignIn.AdminPassword);
        await staff.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
        await Chromium.ArrivedAsync(staff, @"/akun/dua-langkah\?wajib=");
        var totp = new Totp(Base32Encoding.ToBytes(await staff.Locator("#shared-key").InnerTextAsync()));
        await staff.Locator("input[name=Code]").FillAsync(totp.ComputeTotp());
        await staff.GetByRole(AriaRole.Button, new() { Name = "Aktifkan" }).ClickAsync();
        Assert.Equal(10, await staff.Locator("ul.codes li").CountAsync());

        // A berkala entry for the environment agency, as a draft first.
        for (var attempt = 0; attempt < 40; attempt++)
        {
            await staff.GotoAsync("/staf/ppid/baru");
            if (await staff.Locator("select[name=AgencyId] option", new() { HasText = "Dinas Lingkungan Hidup" }).CountAsync() > 0)
            {
                break;
            }

            await Task.Delay(250);
        }

        await staff.GetByLabel("OPD").SelectOptionAsync(new SelectOptionValue { Label = "Dinas Lingkungan Hidup" });
        await staff.GetByLabel("Judul").FillAsync("Laporan kinerja konservasi sungai 2025");
        await staff.GetByLabel("Ringkasan isi informasi").FillAsync("Capaian program pemulihan kualitas air dan satwa sungai.");
        await staff.GetByLabel("Kategori").SelectOptionAsync("berkala");
        await staff.GetByLabel("Unit penguasa informasi").FillAsync("Bidang Konservasi");
        await staff.GetByLabel("Penanggung jawab pembuatan/penerbitan").FillAsync("Kepala Bidang Konservasi");
        await staff.GetByLabel("Jangka waktu penyimpanan").FillAsync("10 tahun");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Simpan draf" }).ClickAsync();
        await Chromium.ArrivedAsync(staff, "/staf/ppid/[^/]+-[^/]+$");
        Assert.Contains("Draf", await staff.Locator("main").InnerTextAsync());
        Assert.Matches(@"DIP/\d{4}/DLH/0001", await staff.Locator("main").InnerTextAsync());

        // Its PDF, then publication.
        await staff.Locator("input[type=file][name=Document]").SetInputFilesAsync(pdf);
        await staff.GetByRole(AriaRole.Button, new() { Name = "Unggah" }).ClickAsync();
        Assert.Contains("Dokumen diunggah", await staff.Locator("main").InnerTextAsync());
        await staff.GetByRole(AriaRole.Button, new() { Name = "Terbitkan" }).ClickAsync();
        Assert.Contains("Entri diterbitkan", await staff.Locator("main").InnerTextAsync());
        await Chromium.ScreenshotAsync(staff, "register-entry-staff");

        // A citizen searches a word that only the PDF holds and opens the entry.
        var citizen = await chromium.NewPageAsync();
        await citizen.GotoAsync("/ppid");
        await citizen.GetByRole(AriaRole.Searchbox).FillAsync(Word.ToLowerInvariant());
        await citizen.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Cari" }).ClickAsync();
        var hit = citizen.GetByRole(AriaRole.Link, new() { Name = "Laporan kinerja konservasi sungai 2025" });
        Assert.Contains(Word, await citizen.Locator("mark").First.InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        await Chromium.ScreenshotAsync(citizen, "register-search");
        await hit.ClickAsync();
        await Chromium.ArrivedAsync(citizen, "/ppid/informasi/[^/]+$");
        Assert.Contains("Dinas Lingkungan Hidup", await citizen.Locator("main").InnerTextAsync());
        Assert.Equal(1, await citizen.Locator("a[download]").CountAsync());
        File.Delete(pdf);
    }

}
