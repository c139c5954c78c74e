using AspirasiEtam.Shared.Contracts;

namespace AspirasiEtam.Modules.OrganisationDirectory.Contracts;

// Every event carries the agency's Version: it grows by one with each change, so a consumer can ignore
// an event older than what it already has, whatever order the events arrive in.

/// <summary>A new agency (OPD) joined the directory. <paramref name="Kind"/> is one of dinas, badan, biro, hospital, secretariat, inspectorate, other.</summary>
public sealed record AgencyRegistered(
    Guid AgencyId,
    string Code,
    string Name,
    string ShortName,
    string Kind,
    bool IsMainOffice,
    bool IsActive,
    IReadOnlyList<string> Categories,
    int Version,
    DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>An agency's details changed; carries its whole public state after the change.</summary>
public sealed record AgencyUpdated(
    Guid AgencyId,
    string Code,
    string Name,
    string ShortName,
    string Kind,
    bool IsMainOffice,
    bool IsActive,
    IReadOnlyList<string> Categories,
    int Version,
    DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>An agency no longer takes new work (after a reorganisation, say). Its history stays.</summary>
public sealed record AgencyDeactivated(Guid AgencyId, int Version, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>A deactivated agency is active again.</summary>
public sealed record AgencyReactivated(Guid AgencyId, int Version, DateTimeOffset OccurredAt) : IIntegrationEvent;
