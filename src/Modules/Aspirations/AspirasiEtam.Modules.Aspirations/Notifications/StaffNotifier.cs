using System.Text;
using AspirasiEtam.Shared.Mail;
using AspirasiEtam.Shared.Time;
using Microsoft.Extensions.Options;

namespace AspirasiEtam.Modules.Aspirations.Notifications;

/// <summary>
/// Tells the PPID Pembantu officers of the agency handling a report what needs them (<see cref="StaffNotice"/>): a
/// notice in the app for each, and a mail — at once, one per officer for all the reports of one step, or in the
/// daily digest, as each officer chose. Saved with the step that caused it, in the caller's save: the mail leaves
/// through the outbox exactly when the step is committed. Mails name reports by number and title, never the
/// reporter or the tracking code.
/// </summary>
internal sealed class StaffNotifier(IOptions<PortalOptions> portal)
{
    /// <summary>
    /// Notices for the reports' agencies' officers. A reply or reopening goes to the officer the report is assigned
    /// to when they still work for its agency, else to all its officers; a dispatch goes to all of them.
    /// </summary>
    public async Task NotifyAsync(AspirationsDbContext context, IReadOnlyCollection<Submission> submissions, StaffNoticeKind kind, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var agencies = submissions.Where(s => s.AgencyId is not null).Select(s => s.AgencyId!.Value).ToHashSet();
        if (agencies.Count == 0)
        {
            return;
        }

        var officers = (await context.StaffMembers.Where(m => m.IsActive && m.IsOfficer).ToListAsync(cancellationToken))
            .Where(m => m.AgencyIds.Any(agencies.Contains))
            .ToList();
        var perOfficer = new Dictionary<AgencyStaffMember, List<StaffNotice>>();
        foreach (var submission in submissions.Where(s => s.AgencyId is not null))
        {
            foreach (var officer in Recipients(officers, submission, kind))
            {
                var notice = StaffNotice.For(officer.UserId, submission, kind, now);
                context.StaffNotices.Add(notice);
                if (!perOfficer.TryGetValue(officer, out var list))
                {
                    perOfficer[officer] = list = [];
                }

                list.Add(notice);
            }
        }

        foreach (var (officer, notices) in perOfficer.Where(p => p.Key.NoticeDelivery == NoticeDelivery.Immediate))
        {
            Mail(context, officer, notices, now);
        }
    }

    /// <summary>
    /// The daily digest: one mail to each officer who chose it, with every notice not mailed yet. Returns how many
    /// mails it queued; the caller saves.
    /// </summary>
    public async Task<int> QueueDigestsAsync(AspirationsDbContext context, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var waiting = await context.StaffNotices.Where(n => n.MailedAt == null).OrderBy(n => n.CreatedAt).Take(10_000).ToListAsync(cancellationToken);
        if (waiting.Count == 0)
        {
            return 0;
        }

        var userIds = waiting.Select(n => n.UserId).Distinct().ToList();
        var members = await context.StaffMembers.Where(m => userIds.Contains(m.UserId)).ToDictionaryAsync(m => m.UserId, cancellationToken);
        var mails = 0;
        foreach (var group in waiting.GroupBy(n => n.UserId))
        {
            if (members.GetValueOrDefault(group.Key) is { IsActive: true } member)
            {
                Mail(context, member, [.. group], now);
                mails++;
            }
            else
            {
                // Left the portal since: nobody to mail; the notices stay in the app's list.
                foreach (var notice in group)
                {
                    notice.MarkMailed(now);
                }
            }
        }

        return mails;
    }

    private static IEnumerable<AgencyStaffMember> Recipients(List<AgencyStaffMember> officers, Submission submission, StaffNoticeKind kind)
    {
        var agency = submission.AgencyId!.Value;
        var ofAgency = officers.Where(o => o.WorksFor(agency)).ToList();
        if (kind != StaffNoticeKind.Dispatched && ofAgency.FirstOrDefault(o => o.UserId == submission.AssignedOfficerId) is { } assigned)
        {
            return [assigned];
        }

        return ofAgency;
    }

    private void Mail(AspirationsDbContext context, AgencyStaffMember officer, List<StaffNotice> notices, DateTimeOffset now)
    {
        var body = new StringBuilder();
        body.AppendLine($"Halo {officer.FullName},").AppendLine();
        body.AppendLine(notices.Count == 1
            ? "Ada laporan yang perlu Anda lihat. / A report needs you."
            : $"Ada {notices.Count} hal yang perlu Anda lihat. / {notices.Count} things need you.").AppendLine();
        foreach (var notice in notices)
        {
            body.AppendLine($"- {notice.ReportNumber} · {notice.Title} · {What(notice)}");
            body.AppendLine($"  {portal.Value.Link($"/staf/aspirasi/{notice.SubmissionId}")}");
            notice.MarkMailed(now);
        }

        body.AppendLine().AppendLine($"Semua pemberitahuan dan pilihan email / All notices and email choice: {portal.Value.Link("/staf/pemberitahuan")}");
        var subject = notices.Count == 1
            ? $"{notices[0].ReportNumber}: {Subject(notices[0].Kind)}"
            : $"{notices.Count} pemberitahuan laporan / {notices.Count} report notices";
        context.QueueMail(new OutgoingMail(officer.Email, subject, body.ToString()), now);
    }

    private static string Subject(StaffNoticeKind kind) => kind switch
    {
        StaffNoticeKind.Dispatched => "laporan baru untuk OPD Anda / a new report for your agency",
        StaffNoticeKind.ReporterReplied => "pelapor membalas / the reporter replied",
        StaffNoticeKind.Reopened => "pelapor membuka kembali laporan / the reporter reopened the report",
        _ => "batas waktu 2 hari kerja lagi / due in 2 working days",
    };

    private static string What(StaffNotice notice) => notice.Kind == StaffNoticeKind.DueSoon && notice.DueAt is { } due
        ? $"{Subject(notice.Kind)} ({LocalTime.Format(due)})"
        : Subject(notice.Kind);

    /// <summary>A notice's line in the app, in the reader's language.</summary>
    public static string Describe(StaffNoticeKind kind) => Bilingual.Pick(Subject(kind));
}
