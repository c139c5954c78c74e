using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using AspirasiEtam.Shared.Contracts;
using AspirasiEtam.Shared.Files;
using AspirasiEtam.Testing;

namespace AspirasiEtam.IntegrationTests;

/// <summary>
/// Uploads that would cost the server far more than their size (decompression bombs, oversized bodies, unknown
/// tracking codes) are refused before the work is done, with ProblemDetails, and leave nothing stored.
/// </summary>
public sealed class UploadLimitTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_tiny_jpeg_claiming_30000_by_30000_pixels_is_refused_before_decoding()
    {
        var code = await SubmitAsync();
        var bomb = PlantedFiles.JpegClaiming30000Squared();
        Assert.True(bomb.Length < 1024);

        var problem = await (await UploadAsync($"/api/aspirations/track/{code}/attachments", bomb)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("piksel", Assert.Single(problem.FieldErrors("files[0]")), StringComparison.Ordinal);
        await AssertNothingStoredAsync(code);
    }

    [Fact]
    public async Task A_small_pdf_whose_streams_inflate_past_the_limit_is_refused()
    {
        var code = await SubmitAsync();
        var bomb = PlantedFiles.PdfBomb(100 * 1024 * 1024);
        Assert.True(bomb.Length < 1024 * 1024);

        var problem = await (await UploadAsync($"/api/aspirations/track/{code}/attachments", bomb)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains($"{PdfRebuilder.MaxDecodedBytes / (1024 * 1024)} MB", Assert.Single(problem.FieldErrors("files[0]")), StringComparison.Ordinal);
        await AssertNothingStoredAsync(code);
    }

    [Fact]
    public async Task An_unknown_tracking_code_answers_404_without_opening_the_file()
    {
        // Either file is refused with 400 once opened: a 404 shows the code was looked up before any file was.
        var response = await UploadAsync(
            "/api/aspirations/track/ZZZZ-ZZZZ-ZZZZ/attachments",
            ("bukan-foto.jpg", "this is plain text pretending to be a photo"u8.ToArray()),
            ("bom.jpg", PlantedFiles.JpegClaiming30000Squared()));
        await response.ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_body_declared_larger_than_the_limit_is_refused_with_413_before_it_is_read()
    {
        var code = await SubmitAsync();
        var response = await UploadAsync($"/api/aspirations/track/{code}/attachments", new byte[27 * 1024 * 1024]);

        var problem = await response.ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("MB", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await AssertNothingStoredAsync(code);
    }

    [Fact]
    public async Task The_agencys_upload_is_refused_with_413_too()
    {
        var mainOffice = portal.As(Roles.MainOffice);
        var code = await SubmitAsync();
        var dinkes = await mainOffice.DispatchAgencyIdAsync("DINKES");
        var id = await mainOffice.InboxIdAsync(code);
        (await mainOffice.PostAsJsonAsync($"/api/admin/aspirations/{id}/dispatch", new { agencyId = dinkes })).EnsureSuccessStatusCode();

        var response = await UploadAsync($"/api/staff/aspirations/{id}/attachments", new byte[27 * 1024 * 1024], portal.As(Roles.AgencyOfficer, dinkes));

        await response.ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        await AssertNothingStoredAsync(code);
    }

    private Task<string> SubmitAsync() =>
        portal.As(Roles.Citizen).SubmitAspirationAsync(new
        {
            kind = "complaint",
            title = "Lampu jalan mati di seluruh kompleks",
            description = "Semua lampu jalan di kompleks perumahan mati sejak sebulan lalu dan rawan kejahatan.",
            categoryCode = "kesehatan",
        });

    private Task<HttpResponseMessage> UploadAsync(string url, byte[] content, HttpClient? client = null) =>
        UploadAsync(url, [("lampiran.bin", content)], client);

    private Task<HttpResponseMessage> UploadAsync(string url, params (string Name, byte[] Content)[] files) => UploadAsync(url, files, null);

    private Task<HttpResponseMessage> UploadAsync(string url, IEnumerable<(string Name, byte[] Content)> files, HttpClient? client)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "files", name);
        }

        return (client ?? portal.CreateClient()).PostAsync(url, form);
    }

    private async Task AssertNothingStoredAsync(string code)
    {
        var tracked = await (await portal.CreateClient().GetAsync($"/api/aspirations/track/{code}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, tracked.GetProperty("attachments").GetArrayLength());
        var files = Path.Combine(portal.DataDirectory, "files");
        Assert.Empty(Directory.Exists(files) ? Directory.GetFiles(files, "*", SearchOption.AllDirectories) : []);
    }
}
