using Ardalis.Specification;

namespace AspirasiEtam.Modules.OrganisationDirectory.Domain;

/// <summary>One agency, only when the caller may act for it: the scope is part of the query, not a check after it.</summary>
internal sealed class AgencyInScope : SingleResultSpecification<Agency>
{
    public AgencyInScope(Guid agencyId, bool provinceScope, IReadOnlySet<Guid> agencyIds)
    {
        Query.Where(a => a.Id == agencyId);
        if (!provinceScope)
        {
            Query.Where(a => agencyIds.Contains(a.Id));
        }
    }
}
