using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using AspirasiEtam.Shared.Files;
using AspirasiEtam.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AspirasiEtam.IntegrationTests;

/// <summary>
/// The report form refused on a phone (issue 14 item 1): every error at once in a summary at the top linking to its
/// field, each field marked invalid and described by its message in the reader's language only, and the photos
/// that passed held for the next send — cleaned before they are held, readable only with the form's own key,
/// gone once the report is sent or a day later.
/// </summary>
public sealed partial class SubmitFormErrorTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string SubmitPage = "/aspirasi/baru";
    private const string PlantedName = "Rahmawati Sulistyo";

    [Fact]
    public async Task A_refused_send_lists_every_error_at_once_and_holds_the_photo_that_passed()
    {
        var guest = portal.CreateClient();
        var form = await guest.GetStringAsync(SubmitPage);

        // No title, too short a description, no category, no email for a guest, a text file posing as a photo — and
        // one good photo.
        var page = await PostAsync(guest, form, new()
        {
            ["Form.Kind"] = "Complaint",
            ["Form.Description"] = "Terlalu pendek.",
        }, ("jalan.jpg", PlantedFiles.Jpeg(PlantedName)), ("bukan-foto.jpg", "ini teks, bukan foto"u8.ToArray()));

        var summary = Summary(page);
        Assert.Contains("href=\"#Form_Title\"", summary, StringComparison.Ordinal);
        Assert.Contains("href=\"#Form_Description\"", summary, StringComparison.Ordinal);
        Assert.Contains("href=\"#Form_CategoryCode\"", summary, StringComparison.Ordinal);
        Assert.Contains("href=\"#Form_Email\"", summary, StringComparison.Ordinal);
        Assert.Contains("href=\"#Files\"", summary, StringComparison.Ordinal);
        Assert.Contains("bukan-foto.jpg: Hanya foto JPEG/PNG/WebP atau PDF", summary, StringComparison.Ordinal);
        Assert.Contains("Ada 5 hal yang perlu diperbaiki", summary, StringComparison.Ordinal);
        Assert.Contains("autofocus", summary, StringComparison.Ordinal);

        // In the reader's language only, on the field too.
        Assert.DoesNotContain("A title is required", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Only JPEG", page, StringComparison.Ordinal);
        Assert.Matches("<input name=\"Form.Title\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"Form_Title-error\"", page);
        Assert.Contains("<span class=\"error\" id=\"Form_Title-error\">Judul wajib diisi.</span>", page, StringComparison.Ordinal);
        Assert.DoesNotMatch("<input name=\"Form.Phone\"[^>]*aria-invalid", page);

        // The good photo is held, cleaned of the name planted in its metadata.
        var held = HeldNames(page);
        var name = Assert.Single(held);
        var key = FormKey(page);
        var stored = await File.ReadAllBytesAsync(Path.Combine(portal.DataDirectory, "files", HeldUploads.Folder, key, name));
        Assert.False(PlantedFiles.Reveal(stored, PlantedName), "a held photo kept its author's name");

        // Fixed and sent again without choosing the photo again: the report carries it.
        page = await PostAsync(guest, page, new()
        {
            ["Form.Kind"] = "Complaint",
            ["Form.Title"] = "Jalan berlubang di depan sekolah dasar",
            ["Form.Description"] = "Lubang di jalan depan sekolah makin besar dan sudah dua anak jatuh dari sepeda minggu ini.",
            ["Form.CategoryCode"] = "kesehatan",
            ["Form.Email"] = "tamu.lubang@example.id",
            ["Form.Held"] = name,
        });

        var code = TrackingCode().Match(page).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(code), PageForms.Message(page));
        var tracked = await (await guest.GetAsync($"/api/aspirations/track/{code}")).JsonAsync(HttpStatusCode.OK);
        var attachment = Assert.Single(tracked.GetProperty("attachments").EnumerateArray());
        Assert.Equal("image/jpeg", attachment.GetProperty("contentType").GetString());
        Assert.False(Directory.Exists(Path.Combine(portal.DataDirectory, "files", HeldUploads.Folder, key)) &&
                     Directory.EnumerateFiles(Path.Combine(portal.DataDirectory, "files", HeldUploads.Folder, key)).Any(), "the held photo outlived the report's send");
    }

    [Fact]
    public async Task An_unticked_held_photo_is_dropped_and_another_forms_key_reads_nothing()
    {
        var guest = portal.CreateClient();
        var first = await PostAsync(guest, await guest.GetStringAsync(SubmitPage), new() { ["Form.Kind"] = "Complaint" }, ("a.jpg", PlantedFiles.Jpeg(PlantedName)));
        var heldByFirst = Assert.Single(HeldNames(first));

        // Another form (its own key) naming the first form's file holds nothing.
        var stranger = portal.CreateClient();
        var other = await PostAsync(stranger, await stranger.GetStringAsync(SubmitPage), new() { ["Form.Kind"] = "Complaint", ["Form.Held"] = heldByFirst });
        Assert.Empty(HeldNames(other));

        // Unticked (not posted), the first form's photo is no longer part of it.
        var again = await PostAsync(guest, first, new() { ["Form.Kind"] = "Complaint" });
        Assert.Empty(HeldNames(again));
    }

    [Fact]
    public async Task Errors_show_in_english_only_for_an_english_reader()
    {
        var guest = portal.CreateClient();
        guest.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");

        var page = await PostAsync(guest, await guest.GetStringAsync(SubmitPage), new() { ["Form.Kind"] = "Complaint" });

        var summary = Summary(page);
        Assert.Contains("things to fix", summary, StringComparison.Ordinal);
        Assert.Contains("A title is required.", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Judul wajib diisi", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Held_files_of_forms_never_sent_are_swept_a_day_later()
    {
        var guest = portal.CreateClient();
        var page = await PostAsync(guest, await guest.GetStringAsync(SubmitPage), new() { ["Form.Kind"] = "Complaint" }, ("a.jpg", PlantedFiles.Jpeg(PlantedName)));
        var file = Path.Combine(portal.DataDirectory, "files", HeldUploads.Folder, FormKey(page), Assert.Single(HeldNames(page)));
        var held = portal.Services.GetRequiredService<HeldUploads>();

        Assert.Equal(0, await held.RemoveStaleAsync(DateTimeOffset.UtcNow - HeldUploads.Lifetime, CancellationToken.None));
        Assert.True(File.Exists(file));
        Assert.True(await held.RemoveStaleAsync(DateTimeOffset.UtcNow.AddMinutes(1), CancellationToken.None) >= 1);
        Assert.False(File.Exists(file));
    }

    private static async Task<string> PostAsync(HttpClient client, string shownForm, Dictionary<string, string> fields, params (string Name, byte[] Content)[] files)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(PageForms.AntiforgeryTokenIn(shownForm)), "__RequestVerificationToken" },
            { new StringContent(FormKey(shownForm)), "Form.SubmissionKey" },
        };
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        foreach (var (name, content) in files)
        {
            form.Add(new ByteArrayContent(content), "Files", name);
        }

        var response = await client.PostAsync(SubmitPage, form);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"answered {(int)response.StatusCode}: {html[..Math.Min(2000, html.Length)]}");
        return html;
    }

    private static string Summary(string page)
    {
        var match = ErrorSummary().Match(page);
        Assert.True(match.Success, "the page shows no error summary");
        return match.Value;
    }

    private static string FormKey(string page) => SubmissionKey().Match(page).Groups[1].Value;

    private static List<string> HeldNames(string page) => [.. HeldName().Matches(page).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("<div class=\"error-summary\" id=\"error-summary\".*?</div>", RegexOptions.Singleline)]
    private static partial Regex ErrorSummary();

    [GeneratedRegex("name=\"Form.SubmissionKey\" value=\"([0-9a-f]{32})\"")]
    private static partial Regex SubmissionKey();

    [GeneratedRegex("name=\"Form.Held\" value=\"([^\"]+)\" checked")]
    private static partial Regex HeldName();

    [GeneratedRegex("id=\"tracking-code\">([A-Z0-9-]+)<")]
    private static partial Regex TrackingCode();
}
