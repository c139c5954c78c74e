namespace AspirasiEtam.Modules.Reports.Domain;

/// <summary>
/// What the Reports module knows of one request for information, from the Public Information module's events only:
/// which agency, when registered and decided, the outcome, whether on time. No applicant, no text.
/// </summary>
internal sealed class RequestFact
{
    private RequestFact()
    {
    }

    public Guid RequestId { get; private set; }

    public string? Number { get; private set; }

    public Guid? AgencyId { get; private set; }

    public DateTime? RegisteredAt { get; private set; }

    public DateTime? DecidedAt { get; private set; }

    /// <summary>granted, granted-in-part, refused, not-held.</summary>
    public string? Outcome { get; private set; }

    public bool? DecidedOnTime { get; private set; }

    public int? WorkingDaysTaken { get; private set; }

    public static RequestFact Create(Guid requestId) => new() { RequestId = requestId };

    public void Registered(string number, Guid agencyId, DateTimeOffset at)
    {
        Number = number;
        AgencyId = agencyId;
        RegisteredAt = at.UtcDateTime;
    }

    public void Decided(string number, Guid agencyId, string outcome, bool onTime, int workingDays, DateTimeOffset at)
    {
        Number ??= number;
        AgencyId ??= agencyId;
        if (DecidedAt is null || at.UtcDateTime < DecidedAt)
        {
            DecidedAt = at.UtcDateTime;
            Outcome = outcome;
            DecidedOnTime = onTime;
            WorkingDaysTaken = workingDays;
        }
    }

    public IEnumerable<(Guid Agency, int Month)> Figures() => FigureMonth.Of(AgencyId, RegisteredAt, DecidedAt);
}

/// <summary>An objection (keberatan) against an agency's handling of a request, and the superior's decision on it.</summary>
internal sealed class ObjectionFact
{
    private ObjectionFact()
    {
    }

    public Guid ObjectionId { get; private set; }

    public Guid? AgencyId { get; private set; }

    public DateTime? FiledAt { get; private set; }

    public DateTime? DecidedAt { get; private set; }

    /// <summary>upheld or dismissed.</summary>
    public string? Outcome { get; private set; }

    public static ObjectionFact Create(Guid objectionId) => new() { ObjectionId = objectionId };

    public void Filed(Guid agencyId, DateTimeOffset at)
    {
        AgencyId = agencyId;
        FiledAt = at.UtcDateTime;
    }

    public void Decided(Guid agencyId, string outcome, DateTimeOffset at)
    {
        AgencyId ??= agencyId;
        DecidedAt = at.UtcDateTime;
        Outcome = outcome;
    }

    public IEnumerable<(Guid Agency, int Month)> Figures() => FigureMonth.Of(AgencyId, FiledAt, DecidedAt);
}
