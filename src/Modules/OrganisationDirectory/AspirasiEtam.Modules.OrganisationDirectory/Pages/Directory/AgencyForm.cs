using AspirasiEtam.Modules.OrganisationDirectory.Features;

namespace AspirasiEtam.Modules.OrganisationDirectory.Pages.Directory;

/// <summary>
/// The agency fields of the admin pages; categories are typed as one line, separated by commas or spaces. Blank
/// contact fields and surrounding spaces are left to the agency itself (<c>Agency.Update</c>), as for the API.
/// </summary>
internal sealed class AgencyForm
{
    public string? Name { get; set; }

    public string? ShortName { get; set; }

    public string? Kind { get; set; } = "dinas";

    public string? Address { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Website { get; set; }

    public bool IsMainOffice { get; set; }

    public string? Categories { get; set; }

    public static AgencyForm From(AgencyResponse a) => new()
    {
        Name = a.Name, ShortName = a.ShortName, Kind = a.Kind, Address = a.Address, Phone = a.Phone, Email = a.Email, Website = a.Website,
        IsMainOffice = a.IsMainOffice, Categories = string.Join(", ", a.Categories),
    };

    public T ToRequest<T>(T request)
        where T : AgencyFields => request with
        {
            Name = Name, ShortName = ShortName, Kind = Kind, Address = Address, Phone = Phone, Email = Email, Website = Website,
            IsMainOffice = IsMainOffice,
            Categories = (Categories ?? string.Empty).Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        };
}
