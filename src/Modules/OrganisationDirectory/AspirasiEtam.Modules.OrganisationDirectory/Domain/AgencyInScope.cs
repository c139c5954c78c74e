using Ardalis.Specification;

namespace AspirasiEtam.Modules.OrganisationDirectory.Domain;

/// <summary>One agency, only when the caller may act for it: the scope is part of the query, not a check after it.</summary>
internal sealed class AgencyInScope : SingleResultSpecification<Agency>
{
    public AgencyInScope(Guid agencyId, bool provinceScope, IReadOnlySet<Guid> agencyIds)
    {
        Query.Where(a => a.Id == agencyId);
        AgenciesInScope.Limit(Query, provinceScope, agencyIds);
    }
}

/// <summary>The active agencies the caller may act for (all of them for province-wide staff), those with no contact first.</summary>
internal sealed class AgenciesInScope : Specification<Agency>
{
    public AgenciesInScope(bool provinceScope, IReadOnlySet<Guid> agencyIds)
    {
        Query.Where(a => a.IsActive);
        Limit(Query, provinceScope, agencyIds);
        Query.OrderBy(a => a.Phone != null || a.Email != null).ThenBy(a => a.Name);
    }

    /// <summary>Agencies without a phone or an email: the public directory can only say "no contact listed".</summary>
    public static AgenciesInScope WithoutContact(bool provinceScope, IReadOnlySet<Guid> agencyIds)
    {
        var spec = new AgenciesInScope(provinceScope, agencyIds);
        spec.Query.Where(a => a.Phone == null && a.Email == null);
        return spec;
    }

    public static void Limit(ISpecificationBuilder<Agency> query, bool provinceScope, IReadOnlySet<Guid> agencyIds)
    {
        if (!provinceScope)
        {
            query.Where(a => agencyIds.Contains(a.Id));
        }
    }
}
