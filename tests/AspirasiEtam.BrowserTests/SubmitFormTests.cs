using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace AspirasiEtam.BrowserTests;

/// <summary>
/// The report form on a 390×844 phone (issue 14 items 1 and 2): a refused send shows every error in a summary that
/// takes focus and keeps the photo; files are checked and large photos made smaller before anything is sent.
/// </summary>
public sealed class SubmitFormTests(Chromium chromium) : IClassFixture<Chromium>
{
    [BrowserFact]
    public async Task A_failed_send_on_a_phone_shows_every_error_at_once_and_keeps_the_photo()
    {
        var photo = await PhotoFileAsync(80, 60, noisy: false);
        var page = await PhoneAsync();
        await page.GotoAsync("/aspirasi/baru");
        await page.GetByLabel("Pengaduan layanan publik").CheckAsync();
        await page.GetByLabel("Uraian").FillAsync("Sudah tiga bulan obat hipertensi di puskesmas kelurahan kami kosong dan warga harus membeli sendiri.");
        await page.Locator("input[type=file]").SetInputFilesAsync(photo);

        // The browser's own checks would stop the send before the server sees it: switch them off to reach the server's.
        await page.Locator("form[data-upload-form]").EvaluateAsync("form => form.noValidate = true");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirim" }).ClickAsync();

        var summary = page.Locator("#error-summary");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        var text = await summary.InnerTextAsync();
        Assert.Contains("Judul wajib diisi.", text, StringComparison.Ordinal);
        Assert.Contains("Pilih kategori.", text, StringComparison.Ordinal);
        Assert.Contains("Tamu perlu email", text, StringComparison.Ordinal);
        Assert.DoesNotContain("required", text, StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("input[name='Form.Held']:checked").CountAsync());
        Assert.Empty(await AxeRunner.ViolationsAsync(page));

        // The summary's link takes the reader to the field.
        await summary.GetByRole(AriaRole.Link, new() { Name = "Tamu perlu email" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Email")).ToBeFocusedAsync();

        await page.GetByLabel("Email").FillAsync("tamu.hp@example.id");
        await page.GetByLabel("Judul").FillAsync("Obat hipertensi di puskesmas kosong");
        await page.GetByLabel("Kategori").SelectOptionAsync("kesehatan");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirim" }).ClickAsync();
        var code = await page.Locator("#tracking-code").InnerTextAsync();

        var tracked = await Client().GetFromJsonAsync<JsonElement>($"/api/aspirations/track/{code}");
        Assert.Single(tracked.GetProperty("attachments").EnumerateArray());
        await Chromium.ScreenshotAsync(page, "submit-phone-sent");
        File.Delete(photo);
    }

    [BrowserFact]
    public async Task Files_are_checked_before_sending_and_large_photos_are_made_smaller()
    {
        var page = await PhoneAsync();
        await page.GotoAsync("/aspirasi/baru");
        var input = page.Locator("input[type=file]");

        // A 6 MB PDF is refused in the browser, named in a message that takes focus, and taken out of the choice.
        await input.SetInputFilesAsync(new FilePayload { Name = "laporan-besar.pdf", MimeType = "application/pdf", Buffer = [.. "%PDF-1.4\n"u8, .. new byte[6 * 1024 * 1024]] });
        var errors = page.Locator("#client-errors");
        await Assertions.Expect(errors).ToBeFocusedAsync();
        Assert.Contains("laporan-besar.pdf lebih dari 5 MB", await errors.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await input.EvaluateAsync<int>("i => i.files.length"));

        // A photo that is not one is refused too.
        await input.SetInputFilesAsync(new FilePayload { Name = "catatan.txt", MimeType = "text/plain", Buffer = "bukan foto"u8.ToArray() });
        await Assertions.Expect(errors).ToContainTextAsync("catatan.txt bukan foto JPEG/PNG/WebP atau PDF");

        // A large noisy photo is made smaller before it leaves the phone.
        var large = await PhotoFileAsync(3000, 2000, noisy: true);
        var original = new FileInfo(large).Length;
        Assert.True(original > 1024 * 1024, $"the test photo is only {original} bytes");
        await input.SetInputFilesAsync(large);
        await Assertions.Expect(errors).ToBeHiddenAsync();
        await page.WaitForFunctionAsync($"() => document.querySelector('input[type=file]').files.length === 1 && document.querySelector('input[type=file]').files[0].size < {original}");
        var width = await input.EvaluateAsync<int>("async i => (await createImageBitmap(i.files[0])).width");
        Assert.Equal(2048, width);
        File.Delete(large);
    }

    private async Task<IPage> PhoneAsync()
    {
        // A context that bypasses the page's content-security policy only so that the test can inject axe.
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = chromium.BaseAddress.ToString(), Locale = "id-ID", BypassCSP = true,
            ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true,
        });
        return await context.NewPageAsync();
    }

    private HttpClient Client()
    {
        var client = chromium.Portal.CreateClient();
        client.BaseAddress = chromium.BaseAddress;
        return client;
    }

    private static async Task<string> PhotoFileAsync(int width, int height, bool noisy)
    {
        var path = Path.Combine(Path.GetTempPath(), $"photo-{Guid.NewGuid():N}.jpg");
        using var image = new Image<Rgba32>(width, height, new Rgba32(40, 120, 200));
        if (noisy)
        {
            // A gradient with grain compresses as badly as a phone's photo: 6 MP of it is a few megabytes.
            var random = new Random(14);
            image.ProcessPixelRows(rows =>
            {
                for (var y = 0; y < rows.Height; y++)
                {
                    var row = rows.GetRowSpan(y);
                    for (var x = 0; x < row.Length; x++)
                    {
                        var grain = random.Next(-24, 24);
                        row[x] = new Rgba32((byte)Math.Clamp((x / 12) + grain, 0, 255), (byte)Math.Clamp((y / 8) + grain, 0, 255), (byte)Math.Clamp(128 + grain, 0, 255));
                    }
                }
            });
        }

        await image.SaveAsJpegAsync(path);
        return path;
    }
}
