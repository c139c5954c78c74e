using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using AspirasiEtam.Testing;

namespace AspirasiEtam.IntegrationTests;

/// <summary>
/// Emails leave through the outbox: a mail failure never fails the change it reports, and the email is sent when the
/// mail folder (or server) works again — once, with the report confirmable from it.
/// </summary>
public sealed class MailOutboxTests
{
    [Fact]
    public async Task A_guest_report_is_accepted_while_mail_fails_and_its_confirmation_arrives_when_mail_works_again()
    {
        await using var portal = PortalFactory.With(new Dictionary<string, string?> { ["Outbox:MaxRetryDelay"] = "00:00:01" });
        var mailFolder = Path.Combine(portal.DataDirectory, "mail");
        if (Directory.Exists(mailFolder))
        {
            Directory.Delete(mailFolder, recursive: true);
        }

        await File.WriteAllTextAsync(mailFolder, "bukan folder"); // a file where the folder should be: every write fails
        var guest = portal.CreateClient();
        var created = await (await guest.PostAsJsonAsync("/api/aspirations", new
        {
            kind = "complaint",
            title = "Jembatan kayu di desa kami rapuh",
            description = "Papan jembatan banyak yang patah dan anak sekolah melewatinya setiap pagi.",
            categoryCode = "kesehatan",
            privacy = "confidential",
            email = "tamu-surat@example.id",
        })).JsonAsync(HttpStatusCode.Created);
        var code = created.GetProperty("trackingCode").GetString()!;

        await Eventually.Until(
            () => Task.FromResult(PortalFactory.Scalar<long>(portal.DatabaseFile("aspirations"), "SELECT COALESCE(MAX(Attempts), 0) FROM OutboxMessages WHERE Type LIKE 'AspirasiEtam.Shared.Mail.OutgoingMail,%' AND ProcessedAt IS NULL")),
            attempts => attempts >= 1,
            what: "the mail to fail and wait for a retry");
        Assert.DoesNotContain(portal.Logs.Lines, line => line.Contains("tamu-surat@example.id", StringComparison.OrdinalIgnoreCase));

        File.Delete(mailFolder);
        var mail = await Eventually.Until(
            () => Task.FromResult(portal.SentMail().Where(m => m.To.ToString().Contains("tamu-surat@example.id", StringComparison.Ordinal)).ToList()),
            sent => sent.Count > 0,
            what: "the confirmation mail to be sent after the folder came back");
        Assert.Single(mail);
        var token = Regex.Match(mail[0].TextBody ?? string.Empty, @"token=([A-Za-z0-9_\-]+)").Groups[1].Value;
        await (await guest.PostAsJsonAsync("/api/aspirations/confirm", new { trackingCode = code, token })).JsonAsync(HttpStatusCode.OK);

        // Sent mail keeps no text in the outbox: the address and the code do not linger there.
        Assert.Equal(0, PortalFactory.Scalar<long>(portal.DatabaseFile("aspirations"), "SELECT COUNT(*) FROM OutboxMessages WHERE ProcessedAt IS NOT NULL AND Content LIKE '%tamu-surat@example.id%'"));
    }

    [Fact]
    public async Task Messages_half_written_by_a_crashed_process_are_removed_at_start()
    {
        var dataDirectory = PortalFactory.NewDataDirectory();
        var mailFolder = Directory.CreateDirectory(Path.Combine(dataDirectory, "mail")).FullName;
        var leftover = Path.Combine(mailFolder, "20261130000000000-0123.eml.part");
        await File.WriteAllTextAsync(leftover, "Subject: [ASP-2222-2222-22222] setengah");
        File.SetLastWriteTimeUtc(leftover, DateTime.UtcNow.AddHours(-1));
        try
        {
            await using var portal = PortalFactory.With(new Dictionary<string, string?>(), dataDirectory);
            Assert.Equal(HttpStatusCode.OK, (await portal.CreateClient().GetAsync("/")).StatusCode);
            Assert.False(File.Exists(leftover));
        }
        finally
        {
            PortalFactory.DeleteDataDirectory(dataDirectory);
        }
    }
}
