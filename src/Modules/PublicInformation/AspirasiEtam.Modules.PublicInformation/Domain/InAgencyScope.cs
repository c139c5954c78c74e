using Ardalis.Specification;

namespace AspirasiEtam.Modules.PublicInformation.Domain;

/// <summary>What belongs to one agency's PPID: register entries, requests, objections.</summary>
internal interface IAgencyOwned
{
    Guid AgencyId { get; }
}

/// <summary>
/// The register entries, requests and objections a staff member may read (<see cref="ICurrentUser.HasProvinceScope"/>:
/// PPID Utama, super admins, province-wide supervisors see every agency's) or change
/// (<see cref="ICurrentUser.HasProvinceWorkScope"/>: PPID Utama and super admins only). Everyone else sees only those
/// of the agencies they are bound to. Every staff query and command starts from it: the scope is part of the query,
/// never a check after it.
/// </summary>
internal sealed class InAgencyScope<T> : Specification<T>
    where T : class, IAgencyOwned
{
    private InAgencyScope(bool provinceScope, IReadOnlySet<Guid> agencyIds)
    {
        if (!provinceScope)
        {
            var agencies = agencyIds.ToList();
            Query.Where(e => agencies.Contains(e.AgencyId));
        }
    }

    public static InAgencyScope<T> ToRead(ICurrentUser user) => new(user.HasProvinceScope, user.AgencyIds);

    public static InAgencyScope<T> ToChange(ICurrentUser user) => new(user.HasProvinceWorkScope, user.AgencyIds);
}
