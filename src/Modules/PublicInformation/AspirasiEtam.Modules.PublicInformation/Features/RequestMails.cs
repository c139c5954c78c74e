using AspirasiEtam.Shared.Mail;
using Microsoft.Extensions.Options;

namespace AspirasiEtam.Modules.PublicInformation.Features;

/// <summary>
/// The emails an applicant gets as the request moves, queued in the module's outbox with the change that causes them
/// (so a change and its mail are saved together). They point to the status page; the letters themselves are read there
/// with the secret code. An applicant without an email address is told by post or phone by the officer.
/// </summary>
internal sealed class RequestMails(PublicInformationDbContext context, TimeProvider clock, IOptions<PortalOptions> portal)
{
    public void NoticeIssued(InformationRequest r, string noticeNumber, string subject) =>
        Queue(r.Applicant.Email, $"{subject}: {r.Number}", $"""
            Surat {noticeNumber} atas permohonan informasi {r.Number} telah diterbitkan.
            Notice {noticeNumber} on information request {r.Number} was issued.

            Baca dengan nomor dan kode rahasia Anda di / Read it with your number and secret code at:
            {StatusLink(r.Number)}
            """);

    public void DocumentLink(InformationRequest r, string token) =>
        Queue(r.Applicant.Email, $"Dokumen permohonan {r.Number} / The documents of your request", $"""
            Dokumen atas permohonan informasi {r.Number} dapat diunduh sampai {Shared.Time.LocalTime.Format(r.DocumentLinkExpiresAt!.Value)}:
            The documents of information request {r.Number} can be downloaded until then:

            {portal.Value.Link("/ppid/permohonan/dokumen/" + token)}

            Tautan ini pribadi: jangan dibagikan. / This link is private: do not share it.
            """);

    public void ObjectionReceipt(InformationRequest r, Objection o) =>
        Queue(r.Applicant.Email, $"Tanda bukti keberatan {o.Number} / Receipt of your objection", $"""
            Keberatan Anda atas permohonan {r.Number} telah diregistrasi dengan nomor {o.Number}.
            Your objection on request {r.Number} was registered as {o.Number}.
            Atasan PPID menanggapi paling lambat / The PPID's superior answers by: {o.DueOn:yyyy-MM-dd}

            {StatusLink(r.Number)}
            """);

    private string StatusLink(string number) => portal.Value.Link("/ppid/permohonan/status?nomor=" + Uri.EscapeDataString(number));

    private void Queue(string? to, string subject, string body)
    {
        if (!string.IsNullOrWhiteSpace(to))
        {
            context.QueueMail(new OutgoingMail(to, subject, body), clock.GetUtcNow());
        }
    }
}
