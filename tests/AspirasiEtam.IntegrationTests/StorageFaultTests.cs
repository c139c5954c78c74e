using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using AspirasiEtam.Shared.Contracts;
using AspirasiEtam.Testing;
using Microsoft.Data.Sqlite;

namespace AspirasiEtam.IntegrationTests;

/// <summary>
/// When the disk refuses writes — full, read-only, or a folder that is not one — writes answer 503 with Retry-After
/// (ProblemDetails, or the site's error page), readiness turns Unhealthy, the outage is logged once, and all of it
/// recovers without a restart once the disk is repaired. The faults are real and hold against root: a file where a
/// folder should be (always), and, where the runner may mount (<see cref="MountFactAttribute"/>), a tmpfs filled
/// to the last block and a read-only bind mount.
/// </summary>
public sealed class StorageFaultTests
{
    // The two lines an operator reads: the outage begins, the outage ends.
    private const string OutageLine = "Storage cannot be written";
    private const string RecoveryLine = "Storage can be written again";

    [Fact]
    public async Task A_files_folder_that_is_a_file_answers_503_turns_readiness_unhealthy_logs_once_and_recovers()
    {
        await using var portal = new PortalFactory();
        var code = await SubmitAsync(portal);
        Assert.Equal("Healthy", await ReadinessAsync(portal));

        // A file where the files folder should be (a deploy step gone wrong): no one, root included, writes into it.
        var files = Path.Combine(portal.DataDirectory, "files");
        if (Directory.Exists(files))
        {
            Directory.Delete(files, recursive: true);
        }

        await File.WriteAllTextAsync(files, "bukan folder");
        for (var i = 0; i < 3; i++)
        {
            await AssertUnavailableAsync(await UploadAsync(portal, code));
        }

        Assert.Equal("Unhealthy", await ReadinessAsync(portal));
        AssertOutageLoggedOnce(portal);

        File.Delete(files);
        await AssertRecoversAsync(portal);
        await (await UploadAsync(portal, code)).JsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_page_form_whose_files_cannot_be_stored_shows_the_error_page_with_503()
    {
        await using var portal = new PortalFactory();
        await File.WriteAllTextAsync(Path.Combine(portal.DataDirectory, "files"), "bukan folder");
        var visitor = portal.CreateClient();
        using var form = new MultipartFormDataContent
        {
            { new StringContent(PageForms.AntiforgeryTokenIn(await visitor.GetStringAsync("/aspirasi/baru"))), "__RequestVerificationToken" },
            { new StringContent("Complaint"), "Form.Kind" },
            { new StringContent("Jalan berlubang di depan sekolah dasar"), "Form.Title" },
            { new StringContent("Lubang di jalan depan sekolah makin besar dan sudah dua anak jatuh dari sepeda minggu ini."), "Form.Description" },
            { new StringContent("kesehatan"), "Form.CategoryCode" },
            { new StringContent("tamu@example.id"), "Form.Email" },
            { Photo(), "Files", "lubang.jpg" },
        };

        var response = await visitor.PostAsync("/aspirasi/baru", form);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Contains("503", html, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
        AssertOutageLoggedOnce(portal);
    }

    [Fact]
    public async Task A_mail_folder_that_is_a_file_turns_readiness_unhealthy_until_it_is_a_folder_again()
    {
        await using var portal = new PortalFactory();
        var mail = Path.Combine(portal.DataDirectory, "mail");
        if (Directory.Exists(mail))
        {
            Directory.Delete(mail, recursive: true);
        }

        await File.WriteAllTextAsync(mail, "bukan folder");
        Assert.Equal("Unhealthy", await ReadinessAsync(portal));
        AssertOutageLoggedOnce(portal);

        File.Delete(mail);
        await AssertRecoversAsync(portal);
    }

    [MountFact]
    public async Task A_full_disk_answers_503_turns_readiness_unhealthy_logs_once_and_recovers_when_space_is_freed()
    {
        using var disk = Mounted.TinyDisk(megabytes: 16);
        var dataDirectory = Path.Combine(disk.Path, "data");
        try
        {
            await using var portal = PortalFactory.With(new Dictionary<string, string?>(), dataDirectory);
            var citizen = portal.CreateClient(Roles.Citizen);
            await SubmitAsync(portal);
            Assert.Equal("Healthy", await ReadinessAsync(portal));

            // The reports' WAL emptied into its database first, so the next commit has to grow a file: on a full
            // disk that is refused (a WAL with room left would take a few more commits before refusing too).
            await CheckpointAsync(portal.DatabaseFile("aspirations"));

            Mounted.Fill(disk.Path);
            for (var i = 0; i < 3; i++)
            {
                await AssertUnavailableAsync(await citizen.PostAsJsonAsync("/api/aspirations", Report()));
            }

            Assert.Equal("Unhealthy", await ReadinessAsync(portal));
            Assert.Contains("SQLite Error 13", AssertOutageLoggedOnce(portal), StringComparison.Ordinal);

            Mounted.Free(disk.Path);
            await AssertRecoversAsync(portal);
            await SubmitAsync(portal);
        }
        finally
        {
            PortalFactory.DeleteDataDirectory(dataDirectory);
        }
    }

    [MountFact]
    public async Task A_read_only_files_folder_answers_503_and_recovers_when_it_is_writable_again()
    {
        await using var portal = new PortalFactory();
        var code = await SubmitAsync(portal);
        var files = Directory.CreateDirectory(Path.Combine(portal.DataDirectory, "files")).FullName;

        using (Mounted.ReadOnly(files))
        {
            await AssertUnavailableAsync(await UploadAsync(portal, code));
            await AssertUnavailableAsync(await UploadAsync(portal, code));
            Assert.Equal("Unhealthy", await ReadinessAsync(portal));
            Assert.Contains("Read-only file system", AssertOutageLoggedOnce(portal), StringComparison.Ordinal);
        }

        await AssertRecoversAsync(portal);
        await (await UploadAsync(portal, code)).JsonAsync(HttpStatusCode.OK);
    }

    private static object Report() => new
    {
        kind = "complaint",
        title = "Lampu jalan mati di seluruh kompleks",
        description = "Semua lampu jalan di kompleks perumahan mati sejak sebulan lalu dan rawan kejahatan.",
        categoryCode = "kesehatan",
    };

    private static Task<string> SubmitAsync(PortalFactory portal) => portal.CreateClient(Roles.Citizen).SubmitAspirationAsync(Report());

    private static ByteArrayContent Photo()
    {
        var photo = new ByteArrayContent(PlantedFiles.Jpeg("Warga Uji"));
        photo.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        return photo;
    }

    private static Task<HttpResponseMessage> UploadAsync(PortalFactory portal, string code) =>
        portal.CreateClient().PostAsync($"/api/aspirations/track/{code}/attachments", new MultipartFormDataContent { { Photo(), "files", "foto.jpg" } });

    private static async Task<string> ReadinessAsync(PortalFactory portal)
    {
        var response = await portal.CreateClient().GetAsync("/health/ready");
        var status = (await response.JsonAsync(response.StatusCode)).GetProperty("status").GetString()!;
        Assert.Equal(status == "Healthy" ? HttpStatusCode.OK : HttpStatusCode.ServiceUnavailable, response.StatusCode);
        return status;
    }

    private static async Task AssertUnavailableAsync(HttpResponseMessage response)
    {
        var problem = await response.ProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "503 without Retry-After");
        Assert.Contains(" / ", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    /// <summary>
    /// One line for the outage however many requests and readiness polls failed, and no error line of the framework
    /// (exception middleware, EF Core, health check service) per request.
    /// </summary>
    private static string AssertOutageLoggedOnce(PortalFactory portal)
    {
        var lines = portal.Logs.Lines;
        var outage = Assert.Single(lines, l => l.Contains(OutageLine, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => (l.StartsWith("Error Microsoft.", StringComparison.Ordinal) || l.StartsWith("Critical Microsoft.", StringComparison.Ordinal)));
        return outage;
    }

    private static async Task AssertRecoversAsync(PortalFactory portal)
    {
        await Eventually.Until(() => ReadinessAsync(portal), status => status == "Healthy", what: "readiness to recover");
        Assert.Single(portal.Logs.Lines, l => l.Contains(OutageLine, StringComparison.Ordinal));
        Assert.Single(portal.Logs.Lines, l => l.Contains(RecoveryLine, StringComparison.Ordinal));
    }

    private static async Task CheckpointAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout=5000;";
        await command.ExecuteNonQueryAsync();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        await Eventually.Until(
            async () =>
            {
                await using var reader = await command.ExecuteReaderAsync();
                return await reader.ReadAsync() && reader.GetInt32(0) == 0;
            },
            done => done,
            what: $"a checkpoint of {Path.GetFileName(database)}");
    }
}
