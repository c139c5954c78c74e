using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using AspirasiEtam.Shared.Contracts;
using AspirasiEtam.Testing;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;
using UglyToad.PdfPig.Writer;

namespace AspirasiEtam.IntegrationTests;

/// <summary>Uploads are judged by content, limited in size and number, stored under names the app gives, and stripped of identifying metadata.</summary>
public sealed class AttachmentTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string PlantedOwner = "Planted Camera Owner";
    private const string PlantedAuthor = "Planted Document Author";

    [Fact]
    public async Task A_photo_loses_its_gps_and_owner_and_a_pdf_its_author_before_being_stored()
    {
        var code = await SubmitAsync();
        var uploaded = await (await UploadAsync(code, ("foto saya.jpg", JpegWithExif()), ("../../surat.pdf", PdfWithAuthor()))).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(["lampiran-1.jpg", "lampiran-2.pdf"], uploaded.EnumerateArray().Select(a => a.GetProperty("fileName").GetString()!).ToArray());

        var tracked = await (await portal.CreateClient().GetAsync($"/api/aspirations/track/{code}")).JsonAsync(HttpStatusCode.OK);
        var attachments = tracked.GetProperty("attachments").EnumerateArray().ToList();
        Assert.Equal(2, attachments.Count);

        var photo = await portal.CreateClient().GetAsync($"/api/aspirations/track/{code}/attachments/{attachments[0].GetProperty("id").GetGuid()}");
        Assert.Equal("image/jpeg", photo.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", photo.Content.Headers.ContentDisposition?.DispositionType);
        var photoBytes = await photo.Content.ReadAsByteArrayAsync();
        using (var image = Image.Load(photoBytes))
        {
            Assert.Null(image.Metadata.ExifProfile);
            Assert.Equal(64, image.Width);
        }

        Assert.DoesNotContain(PlantedOwner, Encoding.Latin1.GetString(photoBytes), StringComparison.Ordinal);

        var pdfBytes = await (await portal.CreateClient().GetAsync($"/api/aspirations/track/{code}/attachments/{attachments[1].GetProperty("id").GetGuid()}")).Content.ReadAsByteArrayAsync();
        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(pdfBytes, 0, 5), StringComparison.Ordinal);
        Assert.DoesNotContain(PlantedAuthor, Encoding.Latin1.GetString(pdfBytes), StringComparison.Ordinal);
        using (var pdf = UglyToad.PdfPig.PdfDocument.Open(pdfBytes))
        {
            Assert.Equal(1, pdf.NumberOfPages);
        }

        // Nothing was written outside the storage folder, whatever the uploaded names said.
        Assert.All(Directory.GetFiles(portal.DataDirectory, "*", SearchOption.AllDirectories).Where(f => f.EndsWith(".jpg") || f.EndsWith(".pdf")),
            f => Assert.StartsWith(Path.Combine(portal.DataDirectory, "files"), f, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("wrong signature", "photo.jpg")]
    [InlineData("double extension executable", "photo.jpg.exe")]
    [InlineData("corrupt jpeg", "broken.jpg")]
    [InlineData("oversized", "huge.jpg")]
    public async Task A_bad_file_is_refused_with_a_field_error_and_nothing_is_attached(string attack, string fileName)
    {
        var code = await SubmitAsync();
        var content = attack switch
        {
            "wrong signature" => Encoding.UTF8.GetBytes("this is plain text pretending to be a photo"),
            "double extension executable" => [(byte)'M', (byte)'Z', 0x90, 0x00, .. new byte[512]],
            "corrupt jpeg" => [0xFF, 0xD8, 0xFF, 0xE0, .. Encoding.ASCII.GetBytes("not really a jpeg at all")],
            _ => [0xFF, 0xD8, 0xFF, .. new byte[6 * 1024 * 1024]],
        };

        var problem = await (await UploadAsync(code, (fileName, content), ("ok.jpg", JpegWithExif()))).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("files[0]"));
        var tracked = await (await portal.CreateClient().GetAsync($"/api/aspirations/track/{code}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, tracked.GetProperty("attachments").GetArrayLength());
    }

    [Fact]
    public async Task More_than_five_files_are_refused()
    {
        var code = await SubmitAsync();
        var files = Enumerable.Range(1, 6).Select(i => ($"f{i}.jpg", JpegWithExif())).ToArray();
        Assert.NotEmpty((await (await UploadAsync(code, files)).ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("files"));
    }

    private async Task<string> SubmitAsync()
    {
        var citizen = portal.CreateClient(Roles.Citizen);
        return await citizen.SubmitAspirationAsync(new
        {
            kind = "complaint",
            title = "Jembatan kayu di desa rusak parah",
            description = "Papan jembatan banyak yang patah sehingga anak sekolah harus memutar jauh setiap hari.",
            categoryCode = "jalan-jembatan",
        });
    }

    private Task<HttpResponseMessage> UploadAsync(string code, params (string Name, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
            form.Add(part, "files", name);
        }

        return portal.CreateClient().PostAsync($"/api/aspirations/track/{code}/attachments", form);
    }

    private static byte[] JpegWithExif()
    {
        using var image = new Image<Rgba32>(64, 48, new Rgba32(30, 120, 60));
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.Artist, PlantedOwner);
        exif.SetValue(ExifTag.GPSLatitudeRef, "S");
        exif.SetValue(ExifTag.GPSLatitude, [new Rational(0, 1), new Rational(30, 1), new Rational(0, 1)]);
        image.Metadata.ExifProfile = exif;
        using var stream = new MemoryStream();
        image.SaveAsJpeg(stream);
        var bytes = stream.ToArray();
        Assert.Contains(PlantedOwner, Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
        return bytes;
    }

    private static byte[] PdfWithAuthor()
    {
        var builder = new PdfDocumentBuilder();
        builder.DocumentInformation.Author = PlantedAuthor;
        builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var bytes = builder.Build();
        Assert.Contains(PlantedAuthor, Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
        return bytes;
    }
}
