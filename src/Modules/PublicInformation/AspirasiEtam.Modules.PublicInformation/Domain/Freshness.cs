namespace AspirasiEtam.Modules.PublicInformation.Domain;

/// <summary>
/// One of the berkala items every agency must publish and keep current (profile, strategic plan, performance report…):
/// kept by PPID Utama, seeded from the list in Perki 1/2021's spirit. An entry answers for an item by its
/// <see cref="InformationEntry.ChecklistCode"/>.
/// </summary>
internal sealed class ChecklistItem
{
    private ChecklistItem()
    {
    }

    public string Code { get; private set; } = string.Empty;

    public int Order { get; private set; }

    public string TitleId { get; private set; } = string.Empty;

    public string TitleEn { get; private set; } = string.Empty;

    public bool IsActive { get; private set; }

    public static ChecklistItem Create(string code, int order, string titleId, string titleEn) =>
        new() { Code = code, Order = order, TitleId = titleId, TitleEn = titleEn, IsActive = true };

    public void Change(int order, string titleId, string titleEn, bool isActive)
    {
        Order = order;
        TitleId = titleId;
        TitleEn = titleEn;
        IsActive = isActive;
    }
}

internal enum FreshnessState
{
    /// <summary>No published berkala entry answers for the item.</summary>
    Missing,

    Fresh,

    /// <summary>Five months or more since the last update: a month left before it falls overdue.</summary>
    DueSoon,

    /// <summary>Six months or more since the last update (berkala information is published at least every six months).</summary>
    Overdue,
}

/// <summary>The freshness rule of berkala information: updated at least every six months (UU 14/2008 Pasal 9).</summary>
internal static class Freshness
{
    public const int OverdueAfterMonths = 6;
    public const int ReminderBeforeMonths = 1;

    public static DateTime OverdueAt(DateTime updatedAt) => updatedAt.AddMonths(OverdueAfterMonths);

    public static DateTime DueSoonAt(DateTime updatedAt) => updatedAt.AddMonths(OverdueAfterMonths - ReminderBeforeMonths);

    public static FreshnessState Of(DateTime? updatedAt, DateTime now) => updatedAt switch
    {
        null => FreshnessState.Missing,
        { } at when now >= OverdueAt(at) => FreshnessState.Overdue,
        { } at when now >= DueSoonAt(at) => FreshnessState.DueSoon,
        _ => FreshnessState.Fresh,
    };
}

/// <summary>A reminder sent for an entry's version (its update time), so each goes out once however often the job runs.</summary>
internal sealed class FreshnessNotice
{
    private FreshnessNotice()
    {
    }

    public Guid EntryId { get; private set; }

    public FreshnessState Kind { get; private set; }

    public DateTime ForUpdatedAt { get; private set; }

    public DateTime SentAt { get; private set; }

    public static FreshnessNotice For(Guid entryId, FreshnessState kind, DateTime forUpdatedAt, DateTime sentAt) =>
        new() { EntryId = entryId, Kind = kind, ForUpdatedAt = forUpdatedAt, SentAt = sentAt };
}

/// <summary>
/// This module's copy of a staff member (from Identity's events): officers get the register's reminders and sign
/// notices; supervisors (Atasan PPID) decide objections and hear of overdue requests.
/// </summary>
internal sealed class RegisterOfficer
{
    private List<Guid> agencyIds = [];

    private RegisterOfficer()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string Email { get; private set; } = string.Empty;

    public bool IsActive { get; private set; }

    public bool IsOfficer { get; private set; }

    public bool IsSupervisor { get; private set; }

    public bool ProvinceWide { get; private set; }

    public IReadOnlyList<Guid> AgencyIds => agencyIds;

    public static RegisterOfficer Create(Guid id) => new() { Id = id };

    public void Apply(string name, string email, bool isOfficer, bool isSupervisor, bool provinceWide, bool isActive, IEnumerable<Guid> agencies)
    {
        Name = name;
        Email = email;
        IsActive = isActive;
        IsOfficer = isOfficer;
        IsSupervisor = isSupervisor;
        ProvinceWide = provinceWide;
        agencyIds = [.. agencies];
    }

    /// <summary>An active officer of the agency (who is reminded of its work).</summary>
    public bool OfficerOf(Guid agencyId) => IsActive && IsOfficer && agencyIds.Contains(agencyId);

    /// <summary>An active supervisor answering for the agency (bound to it, or province-wide).</summary>
    public bool SupervisorOf(Guid agencyId) => IsActive && IsSupervisor && (ProvinceWide || agencyIds.Contains(agencyId));
}
