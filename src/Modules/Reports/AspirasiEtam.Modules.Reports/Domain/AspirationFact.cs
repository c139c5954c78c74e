namespace AspirasiEtam.Modules.Reports.Domain;

/// <summary>
/// What the Reports module knows of one aspiration, from the Aspirations module's events only: when it came in,
/// where it was sent, when and how it was first answered, its rating, where it stands now. No reporter, no text, no
/// tracking code (the report number is the staff's name for it). Each event sets its own fields, and the status is
/// the latest step's, so events applied twice or out of order leave the same row.
/// </summary>
internal sealed class AspirationFact
{
    private AspirationFact()
    {
    }

    public Guid SubmissionId { get; private set; }

    public string? ReportNumber { get; private set; }

    /// <summary>Where it stands after its latest step (<see cref="FactStatus"/>), and that step's time.</summary>
    public string? Status { get; private set; }

    public DateTime? StatusAt { get; private set; }

    /// <summary>The follow-up deadline of its latest dispatch or reopening.</summary>
    public DateTime? FollowUpDueAt { get; private set; }

    /// <summary>The agency whose answer the rating judged.</summary>
    public Guid? RatedAgencyId { get; private set; }

    public string? Kind { get; private set; }

    public string? CategoryCode { get; private set; }

    public DateTime? SubmittedAt { get; private set; }

    /// <summary>The agency it was dispatched to last, and when.</summary>
    public Guid? AgencyId { get; private set; }

    public DateTime? DispatchedAt { get; private set; }

    /// <summary>The first final response: by which agency, when, whether on time, after how many working days.</summary>
    public Guid? RespondingAgencyId { get; private set; }

    public DateTime? RespondedAt { get; private set; }

    public bool? RespondedOnTime { get; private set; }

    public int? WorkingDaysToRespond { get; private set; }

    public DateTime? ClosedAt { get; private set; }

    public string? Outcome { get; private set; }

    public int? Rating { get; private set; }

    public DateTime? RatedAt { get; private set; }

    public static AspirationFact Create(Guid submissionId) => new() { SubmissionId = submissionId };

    public void Submitted(string reportNumber, string kind, string categoryCode, DateTimeOffset at)
    {
        ReportNumber = reportNumber;
        Kind = kind;
        CategoryCode = categoryCode;
        SubmittedAt = at.UtcDateTime;
        Step(FactStatus.Verifying, at, earliest: true);
    }

    public void Dispatched(Guid agencyId, DateTime followUpDueAt, DateTimeOffset at)
    {
        if (DispatchedAt is null || at.UtcDateTime >= DispatchedAt)
        {
            AgencyId = agencyId;
            DispatchedAt = at.UtcDateTime;
        }

        if (Step(FactStatus.WithAgency, at))
        {
            FollowUpDueAt = followUpDueAt;
        }
    }

    /// <summary>The agency handed it back to PPID Utama ("not our authority").</summary>
    public void Returned(DateTimeOffset at) => Step(FactStatus.Verifying, at);

    public void Reopened(Guid? agencyId, DateTime? followUpDueAt, DateTimeOffset at)
    {
        if (Step(agencyId is null ? FactStatus.Verifying : FactStatus.WithAgency, at))
        {
            FollowUpDueAt = followUpDueAt;
        }
    }

    public void Responded(Guid agencyId, bool onTime, int workingDays, DateTimeOffset at)
    {
        if (RespondedAt is null || at.UtcDateTime < RespondedAt)
        {
            RespondingAgencyId = agencyId;
            RespondedAt = at.UtcDateTime;
            RespondedOnTime = onTime;
            WorkingDaysToRespond = workingDays;
        }

        if (Rating is not null)
        {
            RatedAgencyId ??= agencyId;
        }

        Step(FactStatus.Answered, at);
    }

    public void Closed(string outcome, DateTimeOffset at)
    {
        if (ClosedAt is null || at.UtcDateTime >= ClosedAt)
        {
            Outcome = outcome;
            ClosedAt = at.UtcDateTime;
        }

        Step(outcome, at);
    }

    public void Rated(Guid? agencyId, int stars, DateTimeOffset at)
    {
        Rating = stars;
        RatedAt = at.UtcDateTime;
        RatedAgencyId = agencyId ?? RespondingAgencyId ?? AgencyId;
    }

    /// <summary>The agencies' months whose figures this fact counts in (<see cref="Guid.Empty"/>: received by PPID Utama).</summary>
    public IEnumerable<(Guid Agency, int Month)> Figures() =>
        FigureMonth.Of(Guid.Empty, SubmittedAt).Concat(FigureMonth.Of(AgencyId, DispatchedAt))
            .Concat(FigureMonth.Of(RespondingAgencyId, RespondedAt)).Concat(FigureMonth.Of(RatedAgencyId, RatedAt));

    /// <summary>Takes the step's status when it is the latest known (a submission's only when nothing came before).</summary>
    private bool Step(string status, DateTimeOffset at, bool earliest = false)
    {
        var time = at.UtcDateTime;
        if (StatusAt is { } known && (earliest || time < known))
        {
            return false;
        }

        Status = status;
        StatusAt = time;
        return true;
    }
}

/// <summary>Where an aspiration stands, as the dashboard counts it; closed ones end with their outcome.</summary>
internal static class FactStatus
{
    public const string Verifying = "verifying";

    public const string WithAgency = "with-agency";

    public const string Answered = "answered";

    /// <summary>The statuses of work still open; any other is a closing outcome (closed, rejected, converted).</summary>
    public static readonly IReadOnlyList<string> Open = [Verifying, WithAgency, Answered];
}

/// <summary>One reopening of an aspiration by its reporter, against the agency that had answered; the pair is its own key, so applying it twice counts once.</summary>
internal sealed class AspirationReopening
{
    private AspirationReopening()
    {
    }

    public AspirationReopening(Guid submissionId, Guid? agencyId, DateTimeOffset at)
    {
        SubmissionId = submissionId;
        AgencyId = agencyId;
        ReopenedAt = at.UtcDateTime;
    }

    public Guid SubmissionId { get; private set; }

    public DateTime ReopenedAt { get; private set; }

    public Guid? AgencyId { get; private set; }
}

/// <summary>An agency as the Organisation Directory announced it (name for the report card; its version guards against old events).</summary>
internal sealed class ReportAgency
{
    private ReportAgency()
    {
    }

    public Guid Id { get; private set; }

    public string Code { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public bool IsActive { get; private set; }

    public int Version { get; private set; }

    public static ReportAgency Create(Guid id) => new() { Id = id };

    public void Apply(int version, string code, string name, bool isActive)
    {
        if (version < Version)
        {
            return;
        }

        Version = version;
        Code = code;
        Name = name;
        IsActive = isActive;
    }
}

/// <summary>
/// The Reports module's catching up with one source module (docs/adr/0015): asked once, when the module first
/// meets a database without this row; done when the source says it told everything again.
/// </summary>
internal sealed class SourceReplay
{
    private SourceReplay()
    {
    }

    public SourceReplay(string source, Guid replayId, DateTimeOffset requestedAt)
    {
        Source = source;
        ReplayId = replayId;
        RequestedAt = requestedAt.UtcDateTime;
    }

    public string Source { get; private set; } = string.Empty;

    public Guid ReplayId { get; private set; }

    public DateTime RequestedAt { get; private set; }

    public DateTime? CompletedAt { get; private set; }

    public int Events { get; private set; }

    public void Complete(int events, DateTimeOffset at)
    {
        Events = events;
        CompletedAt ??= at.UtcDateTime;
    }
}
