using System.Linq.Expressions;

namespace AspirasiEtam.Modules.OrganisationDirectory.Features;

/// <summary>An agency as the admin API shows it.</summary>
internal sealed record AgencyResponse(
    Guid Id,
    string Code,
    string Name,
    string ShortName,
    string Kind,
    string? Address,
    string? Phone,
    string? Email,
    string? Website,
    bool IsActive,
    bool IsMainOffice,
    IReadOnlyList<string> Categories,
    int Version,
    DateTime UpdatedAt)
{
    public static AgencyResponse From(Agency a) =>
        new(a.Id, a.Code, a.Name, a.ShortName, a.Kind.ToName(), a.Address, a.Phone, a.Email, a.Website, a.IsActive, a.IsMainOffice, a.Categories, a.Version, a.UpdatedAt);
}

/// <summary>
/// The fields an administrator sends to register or update an agency. Kind is one of the names in
/// <see cref="AgencyKinds.Names"/>; categories are lower-case slugs such as "kesehatan".
/// </summary>
internal abstract record AgencyFields
{
    public string? Name { get; init; }

    public string? ShortName { get; init; }

    public string? Kind { get; init; }

    public string? Address { get; init; }

    public string? Phone { get; init; }

    public string? Email { get; init; }

    public string? Website { get; init; }

    public bool IsMainOffice { get; init; }

    public IReadOnlyList<string>? Categories { get; init; }

    public AgencyDetails ToDetails()
    {
        AgencyKinds.TryParse(Kind, out var kind);
        return new AgencyDetails(Name!, ShortName!, kind, Address, Phone, Email, Website, IsMainOffice, Categories ?? []);
    }
}
