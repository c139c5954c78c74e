using AspirasiEtam.Modules.OrganisationDirectory.Contracts;

namespace AspirasiEtam.Modules.OrganisationDirectory.Domain;

/// <summary>The events other modules learn about agencies from; built from the agency after its change.</summary>
internal static class AgencyIntegrationEvents
{
    public static AgencyRegistered Registered(Agency a, DateTimeOffset now) =>
        new(a.Id, a.Code, a.Name, a.ShortName, a.Kind.ToName(), a.IsMainOffice, a.IsActive, [.. a.Categories], a.Version, now);

    public static AgencyUpdated Updated(Agency a, DateTimeOffset now) =>
        new(a.Id, a.Code, a.Name, a.ShortName, a.Kind.ToName(), a.IsMainOffice, a.IsActive, [.. a.Categories], a.Version, now);

    public static AgencyDeactivated Deactivated(Agency a, DateTimeOffset now) => new(a.Id, a.Version, now);

    public static AgencyReactivated Reactivated(Agency a, DateTimeOffset now) => new(a.Id, a.Version, now);
}
