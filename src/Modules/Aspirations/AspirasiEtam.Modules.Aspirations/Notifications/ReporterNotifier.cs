using AspirasiEtam.Shared.Mail;
using Microsoft.Extensions.Options;

namespace AspirasiEtam.Modules.Aspirations.Notifications;

/// <summary>
/// Tells the reporter (when they left an email) that their submission moved, with the tracking link. The mail goes
/// into the module's outbox with the step it reports, so it is sent (and retried) exactly when the step is saved.
/// </summary>
internal sealed class ReporterNotifier(IOptions<PortalOptions> portal)
{
    /// <summary>Queues the status mail in <paramref name="context"/>, to be saved with the step.</summary>
    public void StatusChanged(AspirationsDbContext context, Submission submission, DateTimeOffset now)
    {
        if (StatusMail(submission) is { } mail)
        {
            context.QueueMail(mail, now);
        }
    }

    public OutgoingMail? StatusMail(Submission submission)
    {
        if (string.IsNullOrEmpty(submission.Reporter.Email))
        {
            return null;
        }

        var latest = submission.Timeline.Where(t => !t.IsInternal).OrderBy(t => t.Sequence).LastOrDefault();
        var link = portal.Value.Link($"/lacak/{submission.TrackingCode}");
        return new OutgoingMail(submission.Reporter.Email, $"[{submission.TrackingCode}] Status laporan Anda / Your report's status",
            $"""
            Laporan "{submission.Title}" ({submission.TrackingCode}) kini berstatus {StatusText.Indonesian(submission.Status)}.
            Your report is now {StatusText.English(submission.Status)}.

            {(latest is null ? null : TimelineEntry.Whole(latest.Text, latest.Note))}

            Ikuti perkembangannya / Follow it: {link}
            """);
    }

    public OutgoingMail ConfirmationMail(Submission submission, string token)
    {
        var link = portal.Value.Link($"/aspirasi/konfirmasi?kode={submission.TrackingCode}&token={token}");
        return new OutgoingMail(submission.Reporter.Email!, $"[{submission.TrackingCode}] Konfirmasi laporan Anda / Confirm your report",
            $"""
            Terima kasih. Laporan "{submission.Title}" akan diteruskan setelah Anda mengonfirmasi email ini:
            {link}

            Thank you. Your report will be processed once you confirm your email with the link above.
            Kode pelacakan / Tracking code: {submission.TrackingCode}
            """);
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
