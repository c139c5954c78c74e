namespace AspirasiEtam.Shared.Contracts;

/// <summary>
/// Who is making the current request and which agencies they may act for. Module-neutral: every module asks
/// this, only the Identity module decides what goes into it. Use it in query specifications, so the scope is
/// enforced where the data is read, not only in the UI.
/// </summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    Guid? UserId { get; }

    bool IsInRole(string role);

    /// <summary>True for SuperAdmin and MainOffice, and for a province-wide Supervisor.</summary>
    bool HasProvinceScope { get; }

    /// <summary>The agencies an AgencyOfficer or agency-bound Supervisor is bound to.</summary>
    IReadOnlySet<Guid> AgencyIds { get; }

    /// <summary>Whether the user may see the given agency's data.</summary>
    bool CanActFor(Guid agencyId) => HasProvinceScope || AgencyIds.Contains(agencyId);

    /// <summary>
    /// True for SuperAdmin and MainOffice only: they work on every agency's data. A province-wide Supervisor reads
    /// everything but writes nothing beyond its own agencies, whatever other role it holds.
    /// </summary>
    bool HasProvinceWorkScope => IsInRole(Roles.SuperAdmin) || IsInRole(Roles.MainOffice);

    /// <summary>Whether the user may change the given agency's data (notes, answers, templates, contact details).</summary>
    bool CanWorkFor(Guid agencyId) => HasProvinceWorkScope || AgencyIds.Contains(agencyId);
}
