using AspirasiEtam.Shared.Persistence;

namespace AspirasiEtam.Modules.PublicInformation.Domain;

/// <summary>One of the seven objection grounds of UU 14/2008 Pasal 35 ayat 1 (a–g).</summary>
internal sealed record ObjectionGround(string Code, string Basis, string TextId, string TextEn);

/// <summary>The grounds of Pasal 35, fixed by the law (shipped with the module).</summary>
internal static class ObjectionGrounds
{
    public static IReadOnlyList<ObjectionGround> All { get; } =
        [.. SeedCsv.ReadEmbedded(typeof(ObjectionGrounds).Assembly, "objection-grounds.csv")
            .Select(r => new ObjectionGround(r["code"], r["basis"], r["text_id"], r["text_en"]))];

    public static ObjectionGround? Find(string? code) => All.FirstOrDefault(g => g.Code == code?.Trim());
}

internal enum ObjectionStatus
{
    Filed,
    Decided,
}

/// <summary>The Atasan PPID's answer: the objection is upheld (the PPID must give the information) or dismissed.</summary>
internal enum ObjectionOutcome
{
    Upheld,
    Dismissed,
}

/// <summary>
/// An objection (keberatan) against how a request was handled, numbered in the agency's objection register
/// (<c>KEB/2026/DISKOMINFO/000012</c>). Filed within 30 working days of the notice or of the missed deadline; the
/// agency's superior (Atasan PPID) answers within 30 working days; the applicant then has 14 working days to take the
/// dispute to the Komisi Informasi.
/// </summary>
internal sealed class Objection : IAgencyOwned
{
    private Objection()
    {
    }

    public Guid Id { get; private set; }

    public Guid RequestId { get; private set; }

    public Guid AgencyId { get; private set; }

    public int NumberYear { get; private set; }

    public int Sequence { get; private set; }

    public string Number { get; private set; } = string.Empty;

    public string Ground { get; private set; } = string.Empty;

    public string Reasons { get; private set; } = string.Empty;

    public DateTime FiledAt { get; private set; }

    public DateOnly FiledOn { get; private set; }

    public DateOnly DueOn { get; private set; }

    public ObjectionStatus Status { get; private set; }

    public ObjectionOutcome? Outcome { get; private set; }

    public string? DecisionText { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateTime? DecidedAt { get; private set; }

    public DateOnly? DecidedOn { get; private set; }

    /// <summary>The last day to take the dispute to the Komisi Informasi.</summary>
    public DateOnly? CommissionDeadline { get; private set; }

    /// <summary>The number of the superior's written decision.</summary>
    public string DecisionNumber => Number + "/SK";

    public string? NoticeHtml { get; private set; }

    public bool IsOpen => Status == ObjectionStatus.Filed;

    public static string FormatNumber(int year, string agencyCode, int sequence) => $"KEB/{year}/{agencyCode}/{sequence:D6}";

    /// <summary>The calendar changed while the superior's 30 working days run: the due day counted again.</summary>
    public void Recount(DateOnly dueOn) => DueOn = IsOpen ? dueOn : DueOn;

    public static Objection File(
        InformationRequest request, string agencyCode, int sequence, ObjectionGround ground, string reasons, DateTime now, DateOnly filedOn, DateOnly dueOn) =>
        new()
        {
            Id = Guid.NewGuid(),
            RequestId = request.Id,
            AgencyId = request.AgencyId,
            NumberYear = filedOn.Year,
            Sequence = sequence,
            Number = FormatNumber(filedOn.Year, agencyCode, sequence),
            Ground = ground.Code,
            Reasons = reasons,
            FiledAt = now,
            FiledOn = filedOn,
            DueOn = dueOn,
            Status = ObjectionStatus.Filed,
        };

    public void Decide(ObjectionOutcome outcome, string text, string decidedBy, DateTime now, DateOnly today, DateOnly commissionDeadline, string noticeHtml)
    {
        if (!IsOpen)
        {
            throw new ConflictException("The objection was already decided. / Keberatan sudah diputus.");
        }

        Status = ObjectionStatus.Decided;
        Outcome = outcome;
        DecisionText = text;
        DecidedBy = decidedBy;
        DecidedAt = now;
        DecidedOn = today;
        CommissionDeadline = commissionDeadline;
        NoticeHtml = noticeHtml;
    }
}
