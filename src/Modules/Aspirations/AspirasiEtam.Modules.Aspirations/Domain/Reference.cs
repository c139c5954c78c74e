namespace AspirasiEtam.Modules.Aspirations.Domain;

/// <summary>A subject category of aspirations, maintained by admins; agencies answer for categories (directory).</summary>
internal sealed class Category
{
    private Category()
    {
    }

    public Category(string code, string nameId, string nameEn)
    {
        Code = code;
        NameId = nameId;
        NameEn = nameEn;
        IsActive = true;
    }

    public string Code { get; private set; } = string.Empty;

    public string NameId { get; private set; } = string.Empty;

    public string NameEn { get; private set; } = string.Empty;

    public bool IsActive { get; private set; }

    /// <summary>New names and whether new reports may be filed under it; reports filed before keep it either way.</summary>
    public void Change(string nameId, string nameEn, bool active)
    {
        NameId = nameId;
        NameEn = nameEn;
        IsActive = active;
    }
}

/// <summary>A day off for the working-day clocks: national holiday or collective leave (cuti bersama).</summary>
internal sealed class Holiday
{
    private Holiday()
    {
    }

    public Holiday(DateOnly date, string kind, string nameId, string nameEn)
    {
        Date = date;
        Kind = kind;
        NameId = nameId;
        NameEn = nameEn;
    }

    public DateOnly Date { get; private set; }

    public string Kind { get; private set; } = string.Empty;

    public string NameId { get; private set; } = string.Empty;

    public string NameEn { get; private set; } = string.Empty;

    public void Rename(string kind, string nameId, string nameEn)
    {
        Kind = kind;
        NameId = nameId;
        NameEn = nameEn;
    }
}

/// <summary>
/// A year whose holiday list an admin confirmed against the year's decree (SKB 3 Menteri): only confirmed years count
/// as covered, so entering one holiday of a year does not silence the warning while its collective leave is missing.
/// </summary>
internal sealed class CalendarYear
{
    private CalendarYear()
    {
    }

    public int Year { get; private set; }

    public DateTime ConfirmedAt { get; private set; }

    /// <summary>Who confirmed (empty for the decreed years shipped with the portal).</summary>
    public Guid ConfirmedBy { get; private set; }

    /// <summary>How many days the list held when confirmed.</summary>
    public int Days { get; private set; }

    public static CalendarYear Confirm(int year, int days, Guid by, DateTime at) => new() { Year = year, Days = days, ConfirmedBy = by, ConfirmedAt = at };
}

/// <summary>A signed-in citizen's support ("dukung") of a submission: once each.</summary>
internal sealed class SubmissionSupport
{
    private SubmissionSupport()
    {
    }

    public SubmissionSupport(Guid submissionId, Guid userId, DateTime at)
    {
        SubmissionId = submissionId;
        UserId = userId;
        At = at;
    }

    public Guid SubmissionId { get; private set; }

    public Guid UserId { get; private set; }

    public DateTime At { get; private set; }
}

/// <summary>The regencies and cities of East Kalimantan, for the optional location.</summary>
internal static class Regencies
{
    public static readonly IReadOnlyList<string> All =
    [
        "Kota Samarinda", "Kota Balikpapan", "Kota Bontang", "Kabupaten Kutai Kartanegara", "Kabupaten Kutai Timur",
        "Kabupaten Kutai Barat", "Kabupaten Berau", "Kabupaten Paser", "Kabupaten Penajam Paser Utara", "Kabupaten Mahakam Ulu",
    ];
}

/// <summary>A staff member as this module knows them from the Identity module's events: who can be assigned work.</summary>
internal sealed class AgencyStaffMember
{
    private List<Guid> agencyIds = [];

    private AgencyStaffMember()
    {
    }

    public Guid UserId { get; private set; }

    public string FullName { get; private set; } = string.Empty;

    public string Email { get; private set; } = string.Empty;

    public bool IsOfficer { get; private set; }

    /// <summary>An Atasan PPID, who receives the digest of overdue work.</summary>
    public bool IsSupervisor { get; private set; }

    public bool ProvinceWide { get; private set; }

    public bool IsActive { get; private set; }

    public IReadOnlyList<Guid> AgencyIds => agencyIds;

    /// <summary>How the member wants notices by email (<see cref="StaffNotice"/>); at once until they choose.</summary>
    public NoticeDelivery NoticeDelivery { get; private set; }

    public static AgencyStaffMember Create(Guid userId) => new() { UserId = userId };

    /// <summary>An officer who works on <paramref name="agencyId"/>'s reports now.</summary>
    public bool WorksFor(Guid agencyId) => IsActive && IsOfficer && agencyIds.Contains(agencyId);

    public void Deliver(NoticeDelivery delivery) => NoticeDelivery = delivery;

    public void Apply(string fullName, string email, bool isOfficer, bool isSupervisor, bool provinceWide, bool isActive, IEnumerable<Guid> agencies)
    {
        FullName = fullName;
        Email = email;
        IsOfficer = isOfficer;
        IsSupervisor = isSupervisor;
        ProvinceWide = provinceWide;
        IsActive = isActive;
        agencyIds = [.. agencies];
    }
}

/// <summary>A reusable response text of one agency (e.g. a standard answer about a permit procedure).</summary>
internal sealed class ResponseTemplate
{
    private ResponseTemplate()
    {
    }

    public ResponseTemplate(Guid agencyId, string title, string body, DateTime createdAt)
    {
        Id = Guid.CreateVersion7();
        AgencyId = agencyId;
        Title = title.Trim();
        Body = body.Trim();
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public Guid AgencyId { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public string Body { get; private set; } = string.Empty;

    public DateTime CreatedAt { get; private set; }
}
