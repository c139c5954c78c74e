using AspirasiEtam.Shared.Contracts;

namespace AspirasiEtam.Modules.Identity.Contracts;

/// <summary>A citizen registered an account. Carries no personal data: other modules ask by id when they must.</summary>
public sealed record CitizenRegistered(Guid UserId, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>
/// A staff member's roles, agency scope or active flag changed (or the account was created). Carries the staff
/// member's name and work email, which other modules use to assign work and send work notifications.
/// </summary>
public sealed record StaffAccessChanged(
    Guid UserId,
    string FullName,
    string Email,
    IReadOnlyList<string> Roles,
    IReadOnlyList<Guid> AgencyIds,
    bool ProvinceWide,
    bool IsActive,
    DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>
/// Every staff member's access as it is now, told again to a module that asked (<c>ReplayRequested</c>,
/// docs/adr/0015), for <see cref="Requester"/> only: the same events as published live.
/// </summary>
public sealed record StaffReplayed(Guid ReplayId, string Requester, IReadOnlyList<StaffAccessChanged> Staff, DateTimeOffset OccurredAt) : IIntegrationEvent;
