using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using AspirasiEtam.Shared.Contracts;
using AspirasiEtam.Testing;
using SixLabors.ImageSharp;

namespace AspirasiEtam.IntegrationTests;

/// <summary>
/// A name planted in every metadata place of JPEG, PNG, WebP and PDF files is gone from what the reporter and the
/// handling agency upload, by the time anyone downloads the files again.
/// </summary>
public sealed class UploadCleaningTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string PlantedName = "Siti Planted Rahmawati";

    [Fact]
    public async Task A_name_planted_in_every_metadata_place_of_every_accepted_format_is_gone_after_upload()
    {
        var planted = new (string Name, byte[] Content)[]
        {
            ("foto.jpg", PlantedFiles.Jpeg(PlantedName)),
            ("tangkapan.png", PlantedFiles.Png(PlantedName)),
            ("gambar.webp", PlantedFiles.Webp(PlantedName)),
            ("surat.pdf", PlantedFiles.Pdf(PlantedName)),
        };
        Assert.All(planted, file => Assert.True(PlantedFiles.Reveal(file.Content, PlantedName), $"the name is not planted in {file.Name}"));

        var mainOffice = portal.As(Roles.MainOffice);
        var code = await portal.As(Roles.Citizen).SubmitAspirationAsync(new
        {
            kind = "complaint",
            title = "Jalan di depan pasar berlubang besar",
            description = "Lubang besar di jalan depan pasar membahayakan pengendara motor setiap malam.",
            categoryCode = "kesehatan",
            privacy = "anonymous",
            name = PlantedName,
        });
        var fromReporter = await UploadAsync(portal.CreateClient(), $"/api/aspirations/track/{code}/attachments", planted);

        var dinkes = await mainOffice.DispatchAgencyIdAsync("DINKES");
        var id = await mainOffice.InboxIdAsync(code);
        (await mainOffice.PostAsJsonAsync($"/api/admin/aspirations/{id}/dispatch", new { agencyId = dinkes })).EnsureSuccessStatusCode();
        var officer = portal.As(Roles.AgencyOfficer, dinkes);
        var fromAgency = await UploadAsync(officer, $"/api/staff/aspirations/{id}/attachments", planted);

        var downloads = new List<(string Where, string ContentType, byte[] Content)>();
        foreach (var attachment in fromReporter)
        {
            downloads.Add(await DownloadAsync(portal.CreateClient(), $"reporter's {attachment}", $"/api/aspirations/track/{code}/attachments/{attachment}"));
            downloads.Add(await DownloadAsync(officer, $"agency's view of the reporter's {attachment}", $"/api/staff/aspirations/{id}/attachments/{attachment}"));
        }

        foreach (var attachment in fromAgency)
        {
            downloads.Add(await DownloadAsync(officer, $"agency's {attachment}", $"/api/staff/aspirations/{id}/attachments/{attachment}"));
        }

        Assert.Equal(12, downloads.Count);
        Assert.Equal(["image/jpeg", "image/png", "image/webp", "application/pdf"], downloads.Take(8).Where((_, i) => i % 2 == 0).Select(d => d.ContentType));
        foreach (var (where, contentType, content) in downloads)
        {
            Assert.False(PlantedFiles.Reveal(content, PlantedName), $"the planted name is in the {where} ({contentType})");
            if (contentType.StartsWith("image/", StringComparison.Ordinal))
            {
                // Still the picture that was sent, only without what was around it.
                var info = Image.Identify(content);
                Assert.Equal((64, 48), (info.Width, info.Height));
            }
            else
            {
                using var pdf = UglyToad.PdfPig.PdfDocument.Open(content);
                Assert.Equal(1, pdf.NumberOfPages);
                var page = pdf.GetPage(1);
                Assert.Contains("Jalan di depan pasar berlubang", page.Text, StringComparison.Ordinal);
                Assert.Equal((64, 48), page.GetImages().Select(i => (i.WidthInSamples, i.HeightInSamples)).Single());
            }
        }
    }

    private static async Task<Guid[]> UploadAsync(HttpClient client, string url, IEnumerable<(string Name, byte[] Content)> files)
    {
        using var form = new MultipartFormDataContent();
        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "files", name);
        }

        var uploaded = await (await client.PostAsync(url, form)).JsonAsync(HttpStatusCode.OK);
        return uploaded.EnumerateArray().Select(a => a.GetProperty("id").GetGuid()).ToArray();
    }

    private static async Task<(string, string, byte[])> DownloadAsync(HttpClient client, string where, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{where}: {(int)response.StatusCode}");
        return (where, response.Content.Headers.ContentType!.MediaType!, await response.Content.ReadAsByteArrayAsync());
    }
}
