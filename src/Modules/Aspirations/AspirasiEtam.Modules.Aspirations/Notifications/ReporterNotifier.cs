using AspirasiEtam.Shared.Mail;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AspirasiEtam.Modules.Aspirations.Notifications;

/// <summary>Tells the reporter (when they left an email) that their submission moved, with the tracking link.</summary>
internal sealed class ReporterNotifier(IMailSender mail, IOptions<PortalOptions> portal, ILogger<ReporterNotifier> logger)
{
    public async Task StatusChangedAsync(Submission submission, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(submission.Reporter.Email))
        {
            return;
        }

        var latest = submission.Timeline.Where(t => !t.IsInternal).OrderBy(t => t.Sequence).LastOrDefault();
        var link = portal.Value.Link($"/lacak/{submission.TrackingCode}");
        try
        {
            await mail.SendAsync(new OutgoingMail(submission.Reporter.Email, $"[{submission.TrackingCode}] Status laporan Anda / Your report's status",
                $"""
                Laporan "{submission.Title}" ({submission.TrackingCode}) kini berstatus {StatusText.Indonesian(submission.Status)}.
                Your report is now {StatusText.English(submission.Status)}.

                {latest?.Text}

                Ikuti perkembangannya / Follow it: {link}
                """), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A mail failure must not undo a saved workflow step; the tracking page shows the same news. Logged by
            // report id and failure type only: the code is the reporter's credential, and a mail server's message
            // may quote the address.
            logger.LogWarning("Could not email the reporter of report {SubmissionId}: {Failure}", submission.Id, ex.GetType().Name);
        }
    }

    public async Task ConfirmationRequestAsync(Submission submission, string token, CancellationToken cancellationToken)
    {
        var link = portal.Value.Link($"/aspirasi/konfirmasi?kode={submission.TrackingCode}&token={token}");
        await mail.SendAsync(new OutgoingMail(submission.Reporter.Email!, $"[{submission.TrackingCode}] Konfirmasi laporan Anda / Confirm your report",
            $"""
            Terima kasih. Laporan "{submission.Title}" akan diteruskan setelah Anda mengonfirmasi email ini:
            {link}

            Thank you. Your report will be processed once you confirm your email with the link above.
            Kode pelacakan / Tracking code: {submission.TrackingCode}
            """), cancellationToken);
    }
}

internal static class StatusText
{
    public static string Indonesian(SubmissionStatus status) => status switch
    {
        SubmissionStatus.AwaitingEmailConfirmation => "menunggu konfirmasi email",
        SubmissionStatus.Submitted => "menunggu verifikasi",
        SubmissionStatus.Dispatched => "ditindaklanjuti OPD",
        SubmissionStatus.Responded => "sudah dijawab",
        SubmissionStatus.Closed => "selesai",
        SubmissionStatus.Rejected => "ditolak",
        _ => "diteruskan sebagai permohonan informasi",
    };

    public static string English(SubmissionStatus status) => status switch
    {
        SubmissionStatus.AwaitingEmailConfirmation => "awaiting email confirmation",
        SubmissionStatus.Submitted => "awaiting verification",
        SubmissionStatus.Dispatched => "being followed up by the agency",
        SubmissionStatus.Responded => "answered",
        SubmissionStatus.Closed => "closed",
        SubmissionStatus.Rejected => "rejected",
        _ => "converted to an information request",
    };

    public static string Of(SubmissionStatus status) => Bilingual.T(Indonesian(status), English(status));
}
