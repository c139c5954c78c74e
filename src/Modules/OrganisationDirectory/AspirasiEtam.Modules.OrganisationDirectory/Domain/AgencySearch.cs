using Ardalis.Specification;

namespace AspirasiEtam.Modules.OrganisationDirectory.Domain;

/// <summary>Agencies matching a text, a kind and an active flag, ordered by name, one page at a time.</summary>
internal sealed class AgencySearch : Specification<Agency>
{
    public AgencySearch(string? text, AgencyKind? kind, bool? active, int page, int pageSize)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            var pattern = text.Trim().ToUpperInvariant();
            Query.Where(a => a.Code.Contains(pattern) || a.Name.ToUpper().Contains(pattern) || a.ShortName.ToUpper().Contains(pattern));
        }

        if (kind is { } k)
        {
            Query.Where(a => a.Kind == k);
        }

        if (active is { } isActive)
        {
            Query.Where(a => a.IsActive == isActive);
        }

        Query.OrderBy(a => a.Name).ThenBy(a => a.Code)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .AsNoTracking();
    }
}
