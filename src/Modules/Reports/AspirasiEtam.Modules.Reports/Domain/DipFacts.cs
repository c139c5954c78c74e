namespace AspirasiEtam.Modules.Reports.Domain;

/// <summary>
/// A publication — first or an update — of a register (DIP) entry that answers for an item of the berkala checklist,
/// from the Public Information module's <c>InformationPublished</c>. One row per publication, so an agency's freshness
/// can be judged as it stood at any time.
/// </summary>
internal sealed class DipUpdate
{
    private DipUpdate()
    {
    }

    public Guid EntryId { get; private set; }

    public DateTime At { get; private set; }

    public Guid AgencyId { get; private set; }

    /// <summary>The checklist item it answered for then; null when that version answered for none.</summary>
    public string? ChecklistCode { get; private set; }

    public static DipUpdate Of(Guid entryId, Guid agencyId, string? checklistCode, DateTimeOffset at) =>
        new() { EntryId = entryId, AgencyId = agencyId, ChecklistCode = checklistCode, At = at.UtcDateTime };
}

/// <summary>
/// A register entry withdrawn (or declared exempt) at <see cref="At"/>, its latest withdrawal: it answers for nothing
/// from then on, unless published again after it. Only the latest is kept, so a month judged between an earlier
/// withdrawal and a publication after it counts the entry.
/// </summary>
internal sealed class DipWithdrawal
{
    private DipWithdrawal()
    {
    }

    public Guid EntryId { get; private set; }

    public DateTime At { get; private set; }

    public static DipWithdrawal Of(Guid entryId, DateTimeOffset at) => new() { EntryId = entryId, At = at.UtcDateTime };

    /// <summary>Withdrawn again (after a new publication): the later time counts; an older one delivered late changes nothing.</summary>
    public void Again(DateTimeOffset at)
    {
        if (at.UtcDateTime > At)
        {
            At = at.UtcDateTime;
        }
    }
}

/// <summary>The berkala checklist's active codes as PPID Utama last changed them (one row; a later change wins).</summary>
internal sealed class DipChecklist
{
    public const int Key = 1;

    private DipChecklist()
    {
    }

    public int Id { get; private set; } = Key;

    /// <summary>The active codes, space-separated.</summary>
    public string Codes { get; private set; } = string.Empty;

    public DateTime ChangedAt { get; private set; }

    public IReadOnlyList<string> ActiveCodes => Codes.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public static DipChecklist Empty() => new();

    public void Changed(IEnumerable<string> activeCodes, DateTimeOffset at)
    {
        if (at.UtcDateTime < ChangedAt)
        {
            return; // an older change delivered late
        }

        Codes = string.Join(' ', activeCodes.Order(StringComparer.Ordinal));
        ChangedAt = at.UtcDateTime;
    }
}
