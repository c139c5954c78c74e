using Ardalis.Specification;

namespace AspirasiEtam.Modules.PublicInformation.Domain;

/// <summary>
/// The register entries a staff member may read (<see cref="ICurrentUser.HasProvinceScope"/>: PPID Utama, super
/// admins, province-wide supervisors see every agency's) or change (<see cref="ICurrentUser.HasProvinceWorkScope"/>:
/// PPID Utama and super admins only). Everyone else sees only the entries of the agencies they are bound to. Every
/// staff query and command starts from it: the scope is part of the query, never a check after it.
/// </summary>
internal sealed class EntriesInScope : Specification<InformationEntry>
{
    private EntriesInScope(bool provinceScope, IReadOnlySet<Guid> agencyIds)
    {
        if (!provinceScope)
        {
            var agencies = agencyIds.ToList();
            Query.Where(e => agencies.Contains(e.AgencyId));
        }
    }

    public static EntriesInScope ToRead(ICurrentUser user) => new(user.HasProvinceScope, user.AgencyIds);

    public static EntriesInScope ToChange(ICurrentUser user) => new(user.HasProvinceWorkScope, user.AgencyIds);
}
