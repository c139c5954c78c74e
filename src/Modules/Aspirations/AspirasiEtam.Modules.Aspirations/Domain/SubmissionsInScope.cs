using Ardalis.Specification;

namespace AspirasiEtam.Modules.Aspirations.Domain;

/// <summary>
/// The reports a staff member may see and act on: all of them for province-wide staff (PPID Utama, super admins,
/// province-wide supervisors), otherwise those dispatched to one of their agencies. Every staff read and write
/// starts from it, so the scope is part of the query, never a check after it.
/// </summary>
internal sealed class SubmissionsInScope : Specification<Submission>
{
    public SubmissionsInScope(bool provinceScope, IReadOnlySet<Guid> agencyIds)
    {
        if (!provinceScope)
        {
            var agencies = agencyIds.ToList();
            Query.Where(s => s.AgencyId != null && agencies.Contains(s.AgencyId.Value));
        }
    }
}
