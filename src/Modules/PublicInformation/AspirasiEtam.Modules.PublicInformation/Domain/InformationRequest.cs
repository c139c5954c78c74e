using System.Security.Cryptography;
using System.Text;

namespace AspirasiEtam.Modules.PublicInformation.Domain;

internal enum ApplicantKind
{
    Individual,
    Organisation,
}

/// <summary>How the applicant wants to obtain the information (Pasal 22 ayat 2: see/read/hear/note, or a copy).</summary>
internal enum ObtainMethod
{
    Inspect,
    SoftCopy,
    HardCopy,
}

/// <summary>How the applicant wants to receive it.</summary>
internal enum DeliveryMethod
{
    Collect,
    Post,
    Courier,
    Email,
}

internal enum RequestStatus
{
    /// <summary>Registered, the clock running (extended or not).</summary>
    Registered,

    /// <summary>The written notice was issued; a fee, if any, waits for payment before the documents are released.</summary>
    Decided,

    /// <summary>Held by a body outside the province: named to the applicant and closed as not held.</summary>
    Closed,
}

/// <summary>The decisions of a written notice (Pasal 22 ayat 7).</summary>
internal enum RequestOutcome
{
    Granted,
    GrantedInPart,
    Refused,
    NotHeld,
}

internal enum RequestStepKind
{
    Registered,
    Forwarded,
    Extended,
    Decided,
    PaymentConfirmed,
    ClosedHeldElsewhere,
    ObjectionFiled,
    ObjectionDecided,
    Reminded,
}

internal enum NoticeKind
{
    Extension,
    Decision,
    ObjectionDecision,
}

/// <summary>
/// Who asked. The identity number (NIK or the legal entity's registration) and the scan of the identity card or deed
/// are for the handling officers and PPID Utama only; <see cref="HiddenFromAgency"/> (a converted report whose reporter
/// chose anonymity or kept the contact from the agency) keeps the whole identity from the agency's officers.
/// </summary>
internal sealed class Applicant
{
    private Applicant()
    {
    }

    public ApplicantKind Kind { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string? IdentityNumber { get; private set; }

    public string? Address { get; private set; }

    public string? Occupation { get; private set; }

    public string? Phone { get; private set; }

    public string? Email { get; private set; }

    public Guid? UserId { get; private set; }

    /// <summary>Where the scan is stored (a random key, never the applicant's file name), and what it is.</summary>
    public string? ScanKey { get; private set; }

    public string? ScanContentType { get; private set; }

    public DateTime? ScanDeletedAt { get; private set; }

    public bool HiddenFromAgency { get; private set; }

    public static Applicant Of(
        ApplicantKind kind, string name, string? identityNumber, string? address, string? occupation, string? phone, string? email, Guid? userId, bool hiddenFromAgency) =>
        new()
        {
            Kind = kind, Name = name, IdentityNumber = identityNumber, Address = address, Occupation = occupation,
            Phone = phone, Email = email, UserId = userId, HiddenFromAgency = hiddenFromAgency,
        };

    public void AttachScan(string key, string contentType)
    {
        ScanKey = key;
        ScanContentType = contentType;
    }

    /// <summary>After the retention period: the file goes, the record of its deletion stays.</summary>
    public void ForgetScan(DateTime now)
    {
        ScanKey = null;
        ScanContentType = null;
        ScanDeletedAt = now;
    }
}

/// <summary>What the request asks for, as the applicant wrote it.</summary>
internal sealed record RequestDetails(string InformationWanted, string Purpose, ObtainMethod Obtain, DeliveryMethod Delivery, bool PublicArchive);

/// <summary>The written notice's decision (Surat Pemberitahuan Tertulis).</summary>
internal sealed record RequestDecision(
    RequestOutcome Outcome,
    string Text,
    string? Redactions,
    string? ExemptionGround,
    string? ConsequenceTest,
    string? HoldingBody,
    decimal Fee,
    string? FeeNote);

/// <summary>A step of the request's chronology. <see cref="Text"/> is what the applicant sees; the actor is for staff.</summary>
internal sealed record RequestStep(int Sequence, RequestStepKind Kind, DateTime At, string Text, Guid? By);

/// <summary>A letter issued to the applicant: numbered, dated, signed by the officer's name, kept exactly as issued.</summary>
internal sealed record RequestNotice(int Sequence, NoticeKind Kind, string Number, DateTime IssuedAt, string SignedBy, string Html);

/// <summary>A document released with the decision, stored under a random key; the applicant reads it through a link that expires.</summary>
internal sealed record RequestDocument(Guid Id, string FileName, string ContentType, long Size, string StorageKey);

/// <summary>
/// A request for information under UU 14/2008, numbered in the register of the agency that received it
/// (<c>PPID/2026/DISKOMINFO/000123</c>), followed by the applicant with the number and a secret code. Its clock runs
/// 10 working days from receipt, once extendable by 7 with a written reason; it ends with a written notice (granted,
/// in part, refused on a Pasal 17 ground, not held) or, for information held outside the province, by naming the body.
/// </summary>
internal sealed class InformationRequest : IAgencyOwned
{
    /// <summary>How long the link to released documents works.</summary>
    public static readonly TimeSpan DocumentLinkLifetime = TimeSpan.FromDays(14);

    private readonly List<RequestStep> steps = [];
    private readonly List<RequestNotice> notices = [];
    private readonly List<RequestDocument> documents = [];

    private InformationRequest()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The agency whose register numbered it (where it was filed), the year, and the sequence in that year.</summary>
    public Guid NumberAgencyId { get; private set; }

    public int NumberYear { get; private set; }

    public int Sequence { get; private set; }

    public string Number { get; private set; } = string.Empty;

    /// <summary>The agency handling it now (after any forwarding).</summary>
    public Guid AgencyId { get; private set; }

    /// <summary>SHA-256 of the secret code given once on the receipt; the code itself is never stored in the clear.</summary>
    public string AccessCodeHash { get; private set; } = string.Empty;

    /// <summary>The client's key for this one request (the caller's id or "guest", then the Idempotency-Key it sent).</summary>
    public string? IdempotencyKey { get; private set; }

    /// <summary>
    /// The secret code, encrypted with the portal's data-protection keys, kept only until <see cref="ReceiptCodeKeptUntil"/>
    /// so that the same key sent again (an answer lost in flight, a form sent twice) answers the same receipt.
    /// </summary>
    public string? ReceiptCodeProtected { get; private set; }

    public DateTime? ReceiptCodeKeptUntil { get; private set; }

    public Applicant Applicant { get; private set; } = null!;

    public string InformationWanted { get; private set; } = string.Empty;

    public string Purpose { get; private set; } = string.Empty;

    public ObtainMethod Obtain { get; private set; }

    public DeliveryMethod Delivery { get; private set; }

    /// <summary>The applicant agreed that the question and the answer, without identity, join the public archive.</summary>
    public bool PublicArchive { get; private set; }

    /// <summary>web, api or aspiration (converted from a report, <see cref="SourceSubmissionId"/>).</summary>
    public string Channel { get; private set; } = string.Empty;

    public Guid? SourceSubmissionId { get; private set; }

    public string? SourceReportNumber { get; private set; }

    public DateTime ReceivedAt { get; private set; }

    /// <summary>The day the clock counts from (the receipt's date in the province; the day itself never counts).</summary>
    public DateOnly ReceivedOn { get; private set; }

    public DateOnly DueOn { get; private set; }

    public string? ExtensionReason { get; private set; }

    public RequestStatus Status { get; private set; }

    public RequestOutcome? Outcome { get; private set; }

    public string? DecisionText { get; private set; }

    public string? Redactions { get; private set; }

    public string? ExemptionGround { get; private set; }

    public string? ConsequenceTest { get; private set; }

    /// <summary>Not held: the body that holds it (or that it does not exist).</summary>
    public string? HoldingBody { get; private set; }

    public decimal Fee { get; private set; }

    public string? FeeNote { get; private set; }

    public DateTime? FeePaidAt { get; private set; }

    public DateTime? DecidedAt { get; private set; }

    public DateOnly? DecidedOn { get; private set; }

    public DateTime? ClosedAt { get; private set; }

    /// <summary>SHA-256 of the token of the private link to the released documents, and when the link stops working.</summary>
    public string? DocumentLinkHash { get; private set; }

    public DateTime? DocumentLinkExpiresAt { get; private set; }

    /// <summary>The due day the officers were last reminded of.</summary>
    public DateOnly? RemindedForDueOn { get; private set; }

    /// <summary>The due day whose passing was last reported to the supervisors.</summary>
    public DateOnly? OverdueReportedForDueOn { get; private set; }

    public IReadOnlyList<RequestStep> Steps => steps;

    public IReadOnlyList<RequestNotice> Notices => notices;

    public IReadOnlyList<RequestDocument> Documents => documents;

    public bool IsOpen => Status == RequestStatus.Registered;

    public bool IsExtended => ExtensionReason is not null;

    public static string FormatNumber(int year, string agencyCode, int sequence) => $"PPID/{year}/{agencyCode}/{sequence:D6}";

    /// <summary>The code the applicant follows the request with: shown once, on the receipt and in the email.</summary>
    public static string NewAccessCode() => Shared.Security.RandomCodes.Of("KODE", 4, 4, 4);

    public static string HashCode(string code) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(code.Trim().ToUpperInvariant())));

    public static InformationRequest Register(
        Guid agencyId, string agencyCode, int sequence, Applicant applicant, RequestDetails details, string accessCode,
        string channel, DateTime now, DateOnly receivedOn, DateOnly dueOn, Guid? sourceSubmissionId = null, string? sourceReportNumber = null)
    {
        var request = new InformationRequest
        {
            Id = Guid.NewGuid(),
            NumberAgencyId = agencyId,
            NumberYear = receivedOn.Year,
            Sequence = sequence,
            Number = FormatNumber(receivedOn.Year, agencyCode, sequence),
            AgencyId = agencyId,
            AccessCodeHash = HashCode(accessCode),
            Applicant = applicant,
            InformationWanted = details.InformationWanted,
            Purpose = details.Purpose,
            Obtain = details.Obtain,
            Delivery = details.Delivery,
            PublicArchive = details.PublicArchive,
            Channel = channel,
            SourceSubmissionId = sourceSubmissionId,
            SourceReportNumber = sourceReportNumber,
            ReceivedAt = now,
            ReceivedOn = receivedOn,
            DueOn = dueOn,
            Status = RequestStatus.Registered,
        };
        request.Step(RequestStepKind.Registered, now, $"Permohonan diterima dan diregistrasi. / Request received and registered.", null);
        return request;
    }

    /// <summary>How long a repeated submission with the same key answers the same receipt.</summary>
    public static readonly TimeSpan ReceiptKeptFor = TimeSpan.FromHours(24);

    public void KeyedBy(string key, string protectedCode, DateTime now)
    {
        IdempotencyKey = key;
        ReceiptCodeProtected = protectedCode;
        ReceiptCodeKeptUntil = now + ReceiptKeptFor;
    }

    /// <summary>After <see cref="ReceiptKeptFor"/>: the encrypted code goes; the key stays, so a late repeat still registers nothing.</summary>
    public void ForgetReceiptCode()
    {
        ReceiptCodeProtected = null;
        ReceiptCodeKeptUntil = null;
    }

    public bool HasAccessCode(string? code) =>
        !string.IsNullOrWhiteSpace(code)
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(HashCode(code)), Encoding.ASCII.GetBytes(AccessCodeHash));

    /// <summary>PPID Utama (or the agency) sends it to the agency that holds the information; the clock does not restart.</summary>
    public void ForwardTo(Guid agencyId, string agencyName, Guid by, DateTime now)
    {
        EnsureOpen();
        if (agencyId == AgencyId)
        {
            throw new ConflictException("The request is already with that agency. / Permohonan sudah berada di OPD tersebut.");
        }

        AgencyId = agencyId;
        Step(RequestStepKind.Forwarded, now, $"Diteruskan ke {agencyName}. / Forwarded to {agencyName}.", by);
    }

    /// <summary>Held by a body outside the province: the applicant is told which, and the request closes as not held.</summary>
    public void CloseAsHeldElsewhere(string body, RequestNotice notice, Guid by, DateTime now, DateOnly today)
    {
        EnsureOpen();
        notices.Add(notice);
        Status = RequestStatus.Closed;
        Outcome = RequestOutcome.NotHeld;
        HoldingBody = body;
        ClosedAt = now;
        DecidedAt = now;
        DecidedOn = today;
        Step(RequestStepKind.ClosedHeldElsewhere, now, $"Informasi dikuasai badan publik lain: {body}; pemberitahuan {notice.Number} diterbitkan. / The information is held by another public body: {body}; notice {notice.Number} issued.", by);
    }

    /// <summary>The one extension the law allows, with its reason; the notice of extension is issued with it.</summary>
    public void Extend(string reason, DateOnly newDueOn, RequestNotice notice, Guid by, DateTime now)
    {
        EnsureOpen();
        if (IsExtended)
        {
            throw new ConflictException("The request was already extended once; the law allows one extension. / Permohonan sudah pernah diperpanjang; undang-undang hanya mengizinkan sekali.");
        }

        ExtensionReason = reason;
        DueOn = newDueOn;
        notices.Add(notice);
        Step(RequestStepKind.Extended, now, $"Jangka waktu diperpanjang sampai {newDueOn:yyyy-MM-dd}: {reason} / Time extended to {newDueOn:yyyy-MM-dd}: {reason}", by);
    }

    /// <summary>A document to release with the decision, prepared while the request is open.</summary>
    public void AddDocument(RequestDocument document)
    {
        EnsureOpen();
        if (documents.Count >= RequestLimits.Documents)
        {
            throw new ConflictException($"At most {RequestLimits.Documents} documents per request. / Paling banyak {RequestLimits.Documents} dokumen per permohonan.");
        }

        documents.Add(document);
    }

    public void Decide(RequestDecision decision, RequestNotice notice, Guid by, DateTime now, DateOnly today)
    {
        EnsureOpen();
        Status = RequestStatus.Decided;
        Outcome = decision.Outcome;
        DecisionText = decision.Text;
        Redactions = decision.Redactions;
        ExemptionGround = decision.ExemptionGround;
        ConsequenceTest = decision.ConsequenceTest;
        HoldingBody = decision.HoldingBody;
        Fee = decision.Fee;
        FeeNote = decision.FeeNote;
        DecidedAt = now;
        DecidedOn = today;
        notices.Add(notice);
        Step(RequestStepKind.Decided, now, $"Pemberitahuan tertulis {notice.Number} diterbitkan. / Written notice {notice.Number} issued.", by);
    }

    /// <summary>The fee for copying or delivery was paid; documents are released from now.</summary>
    public void ConfirmPayment(Guid by, DateTime now)
    {
        if (Status != RequestStatus.Decided || Fee <= 0)
        {
            throw new ConflictException("No fee is waiting for this request. / Tidak ada biaya yang menunggu pembayaran untuk permohonan ini.");
        }

        if (FeePaidAt is not null)
        {
            throw new ConflictException("The payment was already confirmed. / Pembayaran sudah dikonfirmasi.");
        }

        FeePaidAt = now;
        Step(RequestStepKind.PaymentConfirmed, now, "Pembayaran biaya salinan/pengiriman dikonfirmasi. / Payment of the copying/delivery fee confirmed.", by);
    }

    /// <summary>Whether the released documents may be handed over: decided with documents, the fee (if any) paid.</summary>
    public bool DocumentsReleased =>
        Status == RequestStatus.Decided && Outcome is RequestOutcome.Granted or RequestOutcome.GrantedInPart && documents.Count > 0 && (Fee <= 0 || FeePaidAt is not null);

    /// <summary>A new private link to the documents (the previous one stops working); returns the token, shown once.</summary>
    public string IssueDocumentLink(DateTime now)
    {
        if (!DocumentsReleased)
        {
            throw new ConflictException("No documents are released for this request yet. / Belum ada dokumen yang dapat diserahkan untuk permohonan ini.");
        }

        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
        DocumentLinkHash = HashCode(token);
        DocumentLinkExpiresAt = now + DocumentLinkLifetime;
        return token;
    }

    public bool OpensWith(string? token, DateTime now) =>
        DocumentLinkHash is not null && DocumentLinkExpiresAt > now && !string.IsNullOrWhiteSpace(token)
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(HashCode(token)), Encoding.ASCII.GetBytes(DocumentLinkHash));

    public void RecordObjection(string objectionNumber, DateTime now) =>
        Step(RequestStepKind.ObjectionFiled, now, $"Keberatan {objectionNumber} diajukan. / Objection {objectionNumber} filed.", null);

    public void RecordObjectionDecision(string objectionNumber, DateTime now, Guid by) =>
        Step(RequestStepKind.ObjectionDecided, now, $"Keberatan {objectionNumber} diputus atasan PPID. / Objection {objectionNumber} decided by the PPID's superior.", by);

    /// <summary>The calendar changed while the clock runs: the due day counted again (a new due day is reminded of again).</summary>
    public void Recount(DateOnly dueOn) => DueOn = IsOpen ? dueOn : DueOn;

    public void MarkReminded() => RemindedForDueOn = DueOn;

    public void MarkOverdueReported() => OverdueReportedForDueOn = DueOn;

    /// <summary>The day the objection window counts from: the notice's date, or the missed deadline (null while neither).</summary>
    public DateOnly? ObjectionWindowFrom(DateOnly today) => DecidedOn ?? (IsOpen && today > DueOn ? DueOn : null);

    /// <summary>
    /// Whether another objection may be filed, given when the earlier ones were: none yet, or all of them filed before
    /// the notice (against the silence) while this one is against the notice.
    /// </summary>
    public static bool MayObjectAgain(IReadOnlyCollection<DateTime> filedAt, DateTime? decidedAt) =>
        filedAt.All(at => decidedAt is { } decided && at < decided);

    public int NextNoticeSequence => notices.Count + 1;

    public string NoticeNumber(int sequence) => $"{Number}/SPT-{sequence}";

    private void EnsureOpen()
    {
        if (!IsOpen)
        {
            throw new ConflictException("The request has already been answered or closed. / Permohonan sudah dijawab atau ditutup.");
        }
    }

    private void Step(RequestStepKind kind, DateTime at, string text, Guid? by) => steps.Add(new RequestStep(steps.Count + 1, kind, at, text, by));
}
