using AspirasiEtam.Shared.Time;

namespace AspirasiEtam.Modules.Aspirations.Domain;

internal enum SubmissionKind
{
    Aspiration,
    Complaint,
    InformationRequest,
}

/// <summary>
/// The reporter's two independent choices, as in SP4N-LAPOR!, and one consent. <see cref="Anonymous"/>: the identity
/// is for PPID Utama only, the handling agency's staff included. <see cref="Confidential"/>: the report is never
/// public. <see cref="ContactShared"/>: the handling agency may see the contact details (never with anonymity);
/// otherwise agencies answer through the report's thread and PPID Utama relays. The identity is never public.
/// </summary>
internal sealed record PrivacyChoice(bool Anonymous, bool Confidential, bool ContactShared)
{
    /// <summary>The safe choice for the person least able to protect themselves.</summary>
    public static readonly PrivacyChoice Default = new(Anonymous: false, Confidential: true, ContactShared: false);
}

internal enum SubmissionChannel
{
    Web,
    WalkIn,
    Phone,
    WhatsApp,
    Letter,
    SocialMedia,
}

internal enum SubmissionStatus
{
    AwaitingEmailConfirmation,
    Submitted,
    Dispatched,
    Responded,
    Closed,
    Rejected,
    ConvertedToInformationRequest,
}

internal enum FeedVisibility
{
    Hidden,
    Public,
}

internal enum RejectionReason
{
    NotGovernmentBusiness,
    TooGeneral,
    Duplicate,
}

/// <summary>The reporter's identity and contact; kept apart so read models can leave it out entirely.</summary>
internal sealed record Reporter(Guid? UserId, string? Name, string? Email, string? Phone);

/// <summary>An aspiration, complaint or information request, from intake to closing.</summary>
internal sealed class Submission
{
    public const int MaxAttachments = 5;

    private readonly List<TimelineEntry> timeline = [];
    private readonly List<Attachment> attachments = [];

    private Submission()
    {
    }

    public Guid Id { get; private set; }

    public string TrackingCode { get; private set; } = string.Empty;

    /// <summary>How staff name the report (<see cref="Domain.ReportNumber"/>); the tracking code never leaves the reporter.</summary>
    public string ReportNumber { get; private set; } = string.Empty;

    public SubmissionKind Kind { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public string Description { get; private set; } = string.Empty;

    /// <summary>The title the public sees, when PPID Utama redacted it (names, addresses typed into the text); the original stays for staff.</summary>
    public string? PublicTitle { get; private set; }

    /// <summary>The description the public sees, when PPID Utama redacted it.</summary>
    public string? PublicDescription { get; private set; }

    public string CategoryCode { get; private set; } = string.Empty;

    public string? Regency { get; private set; }

    public string? LocationText { get; private set; }

    public double? Latitude { get; private set; }

    public double? Longitude { get; private set; }

    public DateOnly? EventDate { get; private set; }

    public PrivacyChoice Privacy { get; private set; } = PrivacyChoice.Default;

    public SubmissionChannel Channel { get; private set; }

    public Reporter Reporter { get; private set; } = new(null, null, null, null);

    public SubmissionStatus Status { get; private set; }

    /// <summary>
    /// Whether the public feed shows it: verified and dispatched by PPID Utama, not confidential. Stored (and kept by
    /// <see cref="MoveTo"/>) so that the feed seeks one index in its own order, whatever the statistics say; an
    /// enum rather than a bool, because a bare boolean column is no equality the SQLite planner can seek on.
    /// </summary>
    public FeedVisibility Feed { get; private set; }

    public Guid? AgencyId { get; private set; }

    public Guid? SuggestedAgencyId { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? SubmittedAt { get; private set; }

    /// <summary>When the current step is due: verification, follow-up, or the reporter's reply window.</summary>
    public DateTime? DueAt { get; private set; }

    /// <summary>When the current step's clock started (the step that set <see cref="DueAt"/>), to count it again when the calendar changes.</summary>
    public DateTime? DueFrom { get; private set; }

    public DateTime? ClosedAt { get; private set; }

    /// <summary>
    /// The day the agency promised to finish by (a repair that takes weeks), with its reason; both shown to the
    /// reporter. While set it is the follow-up deadline. Every change of status ends it.
    /// </summary>
    public DateOnly? TargetDate { get; private set; }

    /// <summary>When the agency last gave its final answer (a reopened report answered again counts the new answer).</summary>
    public DateTime? RespondedAt { get; private set; }

    /// <summary>Whether that answer came within the follow-up clock (or the target date the agency set).</summary>
    public bool? RespondedOnTime { get; private set; }

    public string? TargetReason { get; private set; }

    /// <summary>The registration number of the information request this report became (PPID/2026/DISKOMINFO/000123).</summary>
    public string? InformationRequestNumber { get; private set; }

    public RejectionReason? Rejection { get; private set; }

    public Guid? DuplicateOfId { get; private set; }

    public int SupportCount { get; private set; }

    /// <summary>The submitting client's key for it (caller-scoped), so a retry finds it instead of storing it again.</summary>
    public string? IdempotencyKey { get; private set; }

    public void KeyedBy(string key) => IdempotencyKey = key;

    /// <summary>The agency officer handling it, when the agency assigned one.</summary>
    public Guid? AssignedOfficerId { get; private set; }

    public int? Rating { get; private set; }

    public string? RatingComment { get; private set; }

    /// <summary>A token the guest proves their email with; cleared once used.</summary>
    public string? EmailConfirmationToken { get; private set; }

    public IReadOnlyList<TimelineEntry> Timeline => timeline;

    public IReadOnlyList<Attachment> Attachments => attachments;

    public static Submission Create(
        string trackingCode,
        string reportNumber,
        SubmissionKind kind,
        string title,
        string description,
        string categoryCode,
        string? regency,
        string? locationText,
        (double Latitude, double Longitude)? coordinates,
        DateOnly? eventDate,
        PrivacyChoice privacy,
        SubmissionChannel channel,
        Reporter reporter,
        Guid? suggestedAgencyId,
        string? emailConfirmationToken,
        DateTimeOffset now,
        DateTime verificationDue)
    {
        if (privacy is { Anonymous: true, ContactShared: true })
        {
            throw new InvalidFieldException("shareContact", "Laporan anonim tidak membagikan kontak kepada OPD. / An anonymous report does not share its contact with the agency.");
        }

        var submission = new Submission
        {
            Id = Guid.CreateVersion7(now),
            TrackingCode = trackingCode,
            ReportNumber = reportNumber,
            Kind = kind,
            Title = title.Trim(),
            Description = description.Trim(),
            CategoryCode = categoryCode,
            Regency = regency,
            LocationText = string.IsNullOrWhiteSpace(locationText) ? null : locationText.Trim(),
            Latitude = coordinates?.Latitude,
            Longitude = coordinates?.Longitude,
            EventDate = eventDate,
            Privacy = privacy,
            Channel = channel,
            Reporter = reporter,
            SuggestedAgencyId = suggestedAgencyId,
            CreatedAt = now.UtcDateTime,
            EmailConfirmationToken = emailConfirmationToken,
        };
        submission.MoveTo(SubmissionStatus.AwaitingEmailConfirmation);
        if (emailConfirmationToken is null)
        {
            submission.MarkSubmitted(now, verificationDue);
        }
        else
        {
            submission.Add(now, TimelineKind.Received, "Menunggu konfirmasi email pelapor. / Waiting for the reporter to confirm their email.");
        }

        return submission;
    }

    public void ConfirmEmail(string token, DateTimeOffset now, DateTime verificationDue)
    {
        if (Status != SubmissionStatus.AwaitingEmailConfirmation || EmailConfirmationToken is null
            || !System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(token), System.Text.Encoding.ASCII.GetBytes(EmailConfirmationToken)))
        {
            throw new ConflictException("This confirmation link is invalid or already used. / Tautan konfirmasi tidak sah atau sudah dipakai.");
        }

        EmailConfirmationToken = null;
        MarkSubmitted(now, verificationDue);
    }

    public void Dispatch(Guid agencyId, string agencyName, DateTimeOffset now, DateTime followUpDue, Guid actorId)
    {
        Require(Status == SubmissionStatus.Submitted, "dispatched");
        AgencyId = agencyId;
        AssignedOfficerId = null;
        MoveTo(SubmissionStatus.Dispatched);
        DueAt = followUpDue;
        DueFrom = now.UtcDateTime;
        Add(now, TimelineKind.Dispatched, $"Diteruskan ke {agencyName}. / Dispatched to {agencyName}.", actorId: actorId, agencyId: agencyId);
    }

    /// <summary>
    /// PPID Utama sets the text the public sees — names, addresses or numbers typed into a report removed — before or
    /// after it goes public; null keeps the reporter's text. The original is kept for the reporter and the staff.
    /// </summary>
    public void RedactPublicText(string? publicTitle, string? publicDescription, DateTimeOffset now, Guid actorId)
    {
        Require(Status is SubmissionStatus.Submitted or SubmissionStatus.Dispatched or SubmissionStatus.Responded or SubmissionStatus.Closed, "redacted");
        var (title, description) = (Redacted(publicTitle, Title), Redacted(publicDescription, Description));
        if (title == PublicTitle && description == PublicDescription)
        {
            return;
        }

        (PublicTitle, PublicDescription) = (title, description);
        Add(now, TimelineKind.Redacted, "Teks publik disunting PPID Utama. / Public text redacted by PPID Utama.", isInternal: true, actorId: actorId);
    }

    /// <summary>Empty or the original itself: no redaction.</summary>
    private static string? Redacted(string? text, string original) =>
        string.IsNullOrWhiteSpace(text) || text.Trim() == original ? null : text.Trim();

    public void Reject(RejectionReason reason, Guid? duplicateOfId, string? note, DateTimeOffset now, Guid actorId)
    {
        Require(Status == SubmissionStatus.Submitted, "rejected");
        if (reason == RejectionReason.Duplicate && duplicateOfId is null)
        {
            throw new InvalidFieldException("duplicateOf", "Sebutkan nomor laporan aslinya. / Name the original's report number.");
        }

        Rejection = reason;
        DuplicateOfId = reason == RejectionReason.Duplicate ? duplicateOfId : null;
        MoveTo(SubmissionStatus.Rejected);
        DueAt = null;
        DueFrom = null;
        ClosedAt = now.UtcDateTime;
        Add(now, TimelineKind.Rejected, RejectionText(reason), actorId: actorId, note: note);
    }

    public void AddProgress(string note, bool isInternal, DateTimeOffset now, Guid actorId)
    {
        Require(Status == SubmissionStatus.Dispatched, "followed up");
        Add(now, isInternal ? TimelineKind.InternalNote : TimelineKind.Progress, note.Trim(), isInternal, actorId, AgencyId);
    }

    /// <summary>
    /// The agency sets (or moves) the day it will finish by, with a reason the reporter reads: work that takes longer
    /// than the follow-up clock is then not overdue while it keeps its word. From tomorrow to
    /// <see cref="SubmissionLimits.TargetHorizonDays"/> days ahead, in WITA.
    /// </summary>
    public void SetTarget(DateOnly target, string reason, DateTimeOffset now, Guid actorId)
    {
        Require(Status == SubmissionStatus.Dispatched, "given a target date");
        var today = LocalTime.Today(now);
        if (target <= today || target > today.AddDays(SubmissionLimits.TargetHorizonDays))
        {
            throw new InvalidFieldException("date",
                $"Pilih tanggal antara besok dan {SubmissionLimits.TargetHorizonDays} hari ke depan. / Choose a date from tomorrow to {SubmissionLimits.TargetHorizonDays} days ahead.");
        }

        (TargetDate, TargetReason) = (target, reason.Trim());
        DueAt = EndOf(target);
        var (id, en) = (target.ToString("d MMMM yyyy", Indonesian), target.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture));
        Add(now, TimelineKind.TargetSet, $"Target penyelesaian: {id}. / Target date: {en}.", actorId: actorId, agencyId: AgencyId, note: TargetReason);
    }

    private static readonly System.Globalization.CultureInfo Indonesian = System.Globalization.CultureInfo.GetCultureInfo("id-ID");

    /// <summary>The last moment of a day in WITA, in UTC: how every deadline ends.</summary>
    private static DateTime EndOf(DateOnly day) => new DateTimeOffset(day.ToDateTime(new TimeOnly(23, 59, 59)), WorkingDayCalendar.Wita).UtcDateTime;

    /// <summary>The agency hands the follow-up to one of its officers (an internal step: the public never sees who).</summary>
    public void AssignTo(Guid officerId, string officerName, DateTimeOffset now, Guid actorId)
    {
        Require(Status == SubmissionStatus.Dispatched, "assigned");
        AssignedOfficerId = officerId;
        Add(now, TimelineKind.Assigned, $"Ditugaskan kepada {officerName}. / Assigned to {officerName}.", isInternal: true, actorId: actorId, agencyId: AgencyId);
    }

    public void Respond(string response, DateTimeOffset now, DateTime replyWindowEnd, Guid actorId)
    {
        Require(Status == SubmissionStatus.Dispatched, "answered");
        RespondedAt = now.UtcDateTime;
        RespondedOnTime = DueAt is not { } due || now.UtcDateTime <= due;
        MoveTo(SubmissionStatus.Responded);
        DueAt = replyWindowEnd;
        DueFrom = now.UtcDateTime;
        Add(now, TimelineKind.Response, response.Trim(), actorId: actorId, agencyId: AgencyId);
    }

    /// <summary>"Not our authority": back to PPID Utama for another dispatch, with the reason.</summary>
    public void ReturnToMainOffice(string reason, DateTimeOffset now, DateTime verificationDue, Guid actorId) =>
        BackToMainOffice(now, verificationDue,
            "Bukan kewenangan OPD tujuan; dikembalikan ke PPID Utama. / Not this agency's authority; returned to PPID Utama.", actorId, reason);

    /// <summary>The handling agency was deactivated (a reorganisation): back to PPID Utama for another dispatch.</summary>
    public void ReturnFromInactiveAgency(string agencyName, DateTimeOffset now, DateTime verificationDue) =>
        BackToMainOffice(now, verificationDue,
            $"{agencyName} tidak lagi aktif; laporan dikembalikan ke PPID Utama untuk diteruskan ke OPD lain. / {agencyName} is no longer active; the report went back to PPID Utama to be sent to another agency.",
            actorId: null, note: null);

    /// <summary>
    /// A dispatched report goes back to PPID Utama on a new verification clock. The officer and the internal notes
    /// belong to the agency that had it (the entry is that agency's); the next agency starts afresh.
    /// </summary>
    private void BackToMainOffice(DateTimeOffset now, DateTime verificationDue, string text, Guid? actorId, string? note)
    {
        Require(Status == SubmissionStatus.Dispatched, "returned");
        var agencyId = AgencyId;
        AgencyId = null;
        AssignedOfficerId = null;
        MoveTo(SubmissionStatus.Submitted);
        DueAt = verificationDue;
        DueFrom = now.UtcDateTime;
        Add(now, TimelineKind.Returned, text, actorId: actorId, agencyId: agencyId, note: note);
    }

    /// <summary>The reporter answers the response: a reply keeps it answered; a reopen sends it back to the agency.</summary>
    public void Reply(string text, bool reopen, DateTimeOffset now, DateTime followUpDue)
    {
        if (Status != SubmissionStatus.Responded || DueAt is { } end && now.UtcDateTime > end)
        {
            throw new ConflictException("Replies are possible only within the reply window after a response. / Tanggapan hanya bisa dikirim dalam batas waktu setelah jawaban.");
        }

        Add(now, reopen ? TimelineKind.Reopened : TimelineKind.ReporterReply, text.Trim());
        if (reopen)
        {
            MoveTo(SubmissionStatus.Dispatched);
            DueAt = followUpDue;
            DueFrom = now.UtcDateTime;
        }
    }

    /// <summary>
    /// The holiday calendar changed: the current step's deadline is counted again from when the step began (the law
    /// and the service standard count working days; a collective leave decreed later is no working day).
    /// </summary>
    public void Recount(WorkflowClocks clocks, WorkingDayCalendar calendar)
    {
        if (DueAt is null || DueFrom is not { } from)
        {
            return;
        }

        var start = new DateTimeOffset(DateTime.SpecifyKind(from, DateTimeKind.Utc));
        DueAt = Status switch
        {
            SubmissionStatus.Submitted => clocks.VerificationDue(calendar, start),
            SubmissionStatus.Dispatched => TargetDate is { } target ? EndOf(target) : clocks.FollowUpDue(calendar, start),
            SubmissionStatus.Responded => clocks.ReplyWindowEnd(calendar, start),
            _ => DueAt,
        };
    }

    public bool CloseIfReplyWindowEnded(DateTimeOffset now)
    {
        if (Status != SubmissionStatus.Responded || DueAt is not { } end || now.UtcDateTime <= end)
        {
            return false;
        }

        MoveTo(SubmissionStatus.Closed);
        ClosedAt = now.UtcDateTime;
        DueAt = null;
        DueFrom = null;
        Add(now, TimelineKind.Closed, "Ditutup: batas waktu tanggapan pelapor berakhir. / Closed: the reporter's reply window ended.");
        return true;
    }

    public void ConvertToInformationRequest(DateTimeOffset now, Guid actorId)
    {
        Require(Status == SubmissionStatus.Submitted && Kind == SubmissionKind.InformationRequest, "converted");
        MoveTo(SubmissionStatus.ConvertedToInformationRequest);
        DueAt = null;
        DueFrom = null;
        ClosedAt = now.UtcDateTime;
        Add(now, TimelineKind.Converted, "Diteruskan sebagai permohonan informasi publik (PPID). / Converted to a public information request (PPID).", actorId: actorId);
    }

    /// <summary>The Public Information module registered the converted report; its tracking shows where it went.</summary>
    public void LinkInformationRequest(string number, DateTimeOffset now)
    {
        if (InformationRequestNumber is not null)
        {
            return;
        }

        InformationRequestNumber = number;
        Add(now, TimelineKind.RegisteredAsRequest,
            $"Diregistrasi sebagai permohonan informasi {number}: ikuti di /ppid/permohonan/status. / Registered as information request {number}: follow it at /ppid/permohonan/status.");
    }

    public void Rate(int stars, string? comment, DateTimeOffset now)
    {
        if (Status is not (SubmissionStatus.Responded or SubmissionStatus.Closed) || !timeline.Any(t => t.Kind == TimelineKind.Response))
        {
            throw new ConflictException("Only a response can be rated. / Hanya jawaban yang dapat dinilai.");
        }

        if (Rating is not null)
        {
            throw new ConflictException("This response is already rated. / Jawaban ini sudah dinilai.");
        }

        Rating = stars;
        RatingComment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        Add(now, TimelineKind.Rated, $"Penilaian pelapor: {stars}/5. / Reporter's rating: {stars}/5.");
    }

    /// <summary>
    /// The reporter may attach files until the report is dispatched; the agency may attach files to its
    /// follow-up. At most <see cref="MaxAttachments"/> from each side.
    /// </summary>
    public void Attach(Attachment attachment)
    {
        if (attachment.FromAgency ? Status != SubmissionStatus.Dispatched : Status is not (SubmissionStatus.AwaitingEmailConfirmation or SubmissionStatus.Submitted))
        {
            throw new ConflictException(attachment.FromAgency
                ? "The agency attaches files while following up. / OPD melampirkan berkas selama tindak lanjut."
                : "Files can be added only before the report is dispatched. / Lampiran hanya dapat ditambah sebelum laporan diteruskan.");
        }

        if (attachments.Count(a => a.FromAgency == attachment.FromAgency) >= MaxAttachments)
        {
            throw new InvalidFieldException("files", $"Paling banyak {MaxAttachments} lampiran. / At most {MaxAttachments} attachments.");
        }

        attachments.Add(attachment);
    }

    /// <summary>Waiting on PPID Utama or the agency past the due time.</summary>
    public static bool IsOverdueAt(SubmissionStatus status, DateTime? dueAt, DateTimeOffset now) =>
        status is SubmissionStatus.Submitted or SubmissionStatus.Dispatched && dueAt is { } due && now.UtcDateTime > due;

    /// <summary>
    /// The statuses the public feed shows (for items that are not confidential): only after PPID Utama verified and
    /// dispatched it, so nothing typed into a report is public before a person has read it.
    /// </summary>
    public static readonly IReadOnlyList<SubmissionStatus> PublicStatuses =
        [SubmissionStatus.Dispatched, SubmissionStatus.Responded, SubmissionStatus.Closed];

    private void MoveTo(SubmissionStatus status)
    {
        Status = status;
        (TargetDate, TargetReason) = (null, null);
        Feed = !Privacy.Confidential && PublicStatuses.Contains(status) ? FeedVisibility.Public : FeedVisibility.Hidden;
    }

    private void MarkSubmitted(DateTimeOffset now, DateTime verificationDue)
    {
        MoveTo(SubmissionStatus.Submitted);
        SubmittedAt = now.UtcDateTime;
        DueAt = verificationDue;
        DueFrom = now.UtcDateTime;
        Add(now, TimelineKind.Received, "Diterima dan menunggu verifikasi PPID Utama. / Received; awaiting verification by PPID Utama.");
    }

    /// <param name="text">The system's words in both languages ("Indonesian. / English."), or what a person wrote.</param>
    /// <param name="note">What a person wrote with a step of the system (a reason, a rejection note), kept apart from its words.</param>
    private void Add(DateTimeOffset now, TimelineKind kind, string text, bool isInternal = false, Guid? actorId = null, Guid? agencyId = null, string? note = null) =>
        timeline.Add(new TimelineEntry(
            Guid.CreateVersion7(now), timeline.Count + 1, now.UtcDateTime, kind, text, isInternal, actorId, agencyId, string.IsNullOrWhiteSpace(note) ? null : note.Trim()));

    private void Require(bool allowed, string action)
    {
        if (!allowed)
        {
            throw new ConflictException($"A submission that is {Status} cannot be {action}. / Laporan berstatus {Status} tidak dapat diproses begitu.");
        }
    }

    private static string RejectionText(RejectionReason reason) => reason switch
    {
        RejectionReason.NotGovernmentBusiness => "Ditolak: bukan urusan pemerintah provinsi. / Rejected: not provincial government business.",
        RejectionReason.TooGeneral => "Ditolak: terlalu umum, mohon lengkapi rinciannya. / Rejected: too general; please give details.",
        _ => "Ditolak: sudah dilaporkan sebelumnya. / Rejected: a duplicate of an earlier report.",
    };
}

internal enum TimelineKind
{
    Received,
    Dispatched,
    Rejected,
    Progress,
    InternalNote,
    Response,
    Returned,
    ReporterReply,
    Reopened,
    Closed,
    Converted,
    Rated,
    Assigned,
    Redacted,
    RegisteredAsRequest,
    TargetSet,
}

/// <summary>
/// A file attached to a submission, cleaned of metadata on upload. Its name is one the app gives (e.g. lampiran-1.jpg):
/// the uploader's file name could carry their name.
/// </summary>
internal sealed record Attachment(Guid Id, string StorageKey, string FileName, string ContentType, long Size, bool FromAgency, DateTime At);

/// <summary>One step of a submission's history. Internal notes are never shown outside the staff.</summary>
/// <param name="Sequence">Order of the entries; steps recorded in the same instant keep the order they happened in.</param>
/// <param name="AgencyId">
/// The agency whose staff recorded it (null for PPID Utama's and the reporter's steps). An internal entry belongs to
/// that agency: when a report is returned and dispatched elsewhere, the next agency does not see it.
/// </param>
/// <param name="Note">What a person wrote with a step of the system (the reason of a return, a rejection note); null for none.</param>
internal sealed record TimelineEntry(Guid Id, int Sequence, DateTime At, TimelineKind Kind, string Text, bool IsInternal, Guid? ActorId, Guid? AgencyId = null, string? Note = null)
{
    /// <summary>Kinds whose text is what a person wrote, in their own words and language, not the system's in both.</summary>
    public static bool IsWritten(TimelineKind kind) =>
        kind is TimelineKind.Progress or TimelineKind.InternalNote or TimelineKind.Response or TimelineKind.ReporterReply or TimelineKind.Reopened;

    /// <summary>The entry in both languages, for a mail or a record that every reader shares.</summary>
    public static string Whole(string text, string? note) => note is null ? text : $"{text} {note}";

    /// <summary>Whether a staff member who reads province-wide or works for <paramref name="agencyIds"/> may see it.</summary>
    public bool IsVisibleTo(bool provinceScope, IReadOnlySet<Guid> agencyIds) =>
        !IsInternal || provinceScope || AgencyId is not { } owner || agencyIds.Contains(owner);
}
