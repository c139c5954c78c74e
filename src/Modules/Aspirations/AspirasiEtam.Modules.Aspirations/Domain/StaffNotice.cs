namespace AspirasiEtam.Modules.Aspirations.Domain;

/// <summary>What a PPID Pembantu officer is told about.</summary>
internal enum StaffNoticeKind
{
    /// <summary>PPID Utama dispatched a report to the officer's agency.</summary>
    Dispatched,

    /// <summary>The reporter replied to the agency's answer.</summary>
    ReporterReplied,

    /// <summary>The reporter reopened the report: the answer did not settle it.</summary>
    Reopened,

    /// <summary>The report's follow-up deadline is 2 working days away or less.</summary>
    DueSoon,
}

/// <summary>How an officer wants their notices by email: each at once, or one mail a working day.</summary>
internal enum NoticeDelivery
{
    Immediate,
    DailyDigest,
}

/// <summary>
/// One thing an officer should look at: a report dispatched to their agency, a reporter's reply or reopening, a
/// deadline two working days away. Shown in the app until read (the badge counts the unread ones) and mailed at
/// once or in the daily digest, as the officer chose. It names the report by number and title only — never the
/// reporter, never the tracking code.
/// </summary>
internal sealed class StaffNotice
{
    private StaffNotice()
    {
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public Guid SubmissionId { get; private set; }

    public string ReportNumber { get; private set; } = string.Empty;

    public string Title { get; private set; } = string.Empty;

    public StaffNoticeKind Kind { get; private set; }

    /// <summary>The deadline a <see cref="StaffNoticeKind.DueSoon"/> notice warns of: one warning per deadline.</summary>
    public DateTime? DueAt { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? ReadAt { get; private set; }

    /// <summary>When the notice went out by email (at once, or in a digest); null while it waits for the digest.</summary>
    public DateTime? MailedAt { get; private set; }

    public static StaffNotice For(Guid userId, Submission submission, StaffNoticeKind kind, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        UserId = userId,
        SubmissionId = submission.Id,
        ReportNumber = submission.ReportNumber,
        Title = submission.Title,
        Kind = kind,
        DueAt = kind == StaffNoticeKind.DueSoon ? submission.DueAt : null,
        CreatedAt = now.UtcDateTime,
    };

    public void MarkRead(DateTimeOffset now) => ReadAt ??= now.UtcDateTime;

    public void MarkMailed(DateTimeOffset now) => MailedAt ??= now.UtcDateTime;
}
