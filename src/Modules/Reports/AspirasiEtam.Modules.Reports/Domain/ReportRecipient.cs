namespace AspirasiEtam.Modules.Reports.Domain;

/// <summary>
/// A staff member who receives the leader's report, from the Identity module's <c>StaffAccessChanged</c>: a
/// Supervisor (agency head) for each of their agencies, PPID Utama for the province. Work email only.
/// </summary>
internal sealed class ReportRecipient
{
    private ReportRecipient()
    {
    }

    public Guid UserId { get; private set; }

    public string Email { get; private set; } = string.Empty;

    public bool IsSupervisor { get; private set; }

    public bool IsMainOffice { get; private set; }

    public bool IsActive { get; private set; }

    /// <summary>The agencies a Supervisor heads, comma-separated.</summary>
    public string AgencyIds { get; private set; } = string.Empty;

    public DateTime ChangedAt { get; private set; }

    public IEnumerable<Guid> Agencies => AgencyIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse);

    public static ReportRecipient Create(Guid userId) => new() { UserId = userId };

    /// <summary>Takes the staff member's access unless an event newer than this one was applied already.</summary>
    public void Apply(string email, IReadOnlyList<string> roles, IReadOnlyList<Guid> agencyIds, bool isActive, DateTimeOffset at)
    {
        if (at.UtcDateTime < ChangedAt)
        {
            return;
        }

        Email = email;
        IsSupervisor = roles.Contains(Roles.Supervisor);
        IsMainOffice = roles.Contains(Roles.MainOffice);
        IsActive = isActive;
        AgencyIds = string.Join(',', agencyIds.Order());
        ChangedAt = at.UtcDateTime;
    }
}

/// <summary>A leader's report mailed to one recipient for one month: each goes once, whatever restarts.</summary>
internal sealed class LeaderReportSent
{
    private LeaderReportSent()
    {
    }

    public LeaderReportSent(Guid userId, int month, DateTimeOffset at)
    {
        UserId = userId;
        Month = month;
        SentAt = at.UtcDateTime;
    }

    public Guid UserId { get; private set; }

    public int Month { get; private set; }

    public DateTime SentAt { get; private set; }
}
