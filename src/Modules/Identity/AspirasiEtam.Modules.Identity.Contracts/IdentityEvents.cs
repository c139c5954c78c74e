using AspirasiEtam.Shared.Contracts;

namespace AspirasiEtam.Modules.Identity.Contracts;

/// <summary>A citizen registered an account. Carries no personal data: other modules ask by id when they must.</summary>
public sealed record CitizenRegistered(Guid UserId, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>A staff member's roles, agency scope or active flag changed (or the account was created). Staff names are not private.</summary>
public sealed record StaffAccessChanged(
    Guid UserId,
    string FullName,
    IReadOnlyList<string> Roles,
    IReadOnlyList<Guid> AgencyIds,
    bool ProvinceWide,
    bool IsActive,
    DateTimeOffset OccurredAt) : IIntegrationEvent;
