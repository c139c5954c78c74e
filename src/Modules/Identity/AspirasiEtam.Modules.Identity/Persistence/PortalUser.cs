using Microsoft.AspNetCore.Identity;

namespace AspirasiEtam.Modules.Identity.Persistence;

/// <summary>An account: a citizen who registered, or a staff member created by an administrator.</summary>
internal sealed class PortalUser : IdentityUser<Guid>
{
    // EF Core materialises accounts through this; new ones come from NewCitizen or NewStaff only.
    private PortalUser()
    {
    }

    public string FullName { get; set; } = string.Empty;

    /// <summary>NIK, optional and confidential: shown only to its owner and to staff who need it.</summary>
    public string? Nik { get; set; }

    public bool IsStaff { get; set; }

    /// <summary>False for a deactivated staff account (which is also locked out for good).</summary>
    public bool IsActive { get; set; } = true;

    /// <summary>A Supervisor whose scope is the whole province.</summary>
    public bool ProvinceWide { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>
    /// The time step (30 s, counted from 1970) of the last authenticator code accepted, so none of that step or
    /// before is accepted again; null until a code of the current key is used.
    /// </summary>
    public long? LastAuthenticatorTimeStep { get; set; }

    public static PortalUser NewCitizen(string email, string fullName, string? nik, DateTime createdAt) =>
        New(email, fullName, createdAt, nik, isStaff: false, provinceWide: false);

    public static PortalUser NewStaff(string email, string fullName, bool provinceWide, DateTime createdAt) =>
        New(email, fullName, createdAt, nik: null, isStaff: true, provinceWide);

    // The email doubles as the user name: people sign in with their email.
    private static PortalUser New(string email, string fullName, DateTime createdAt, string? nik, bool isStaff, bool provinceWide) => new()
    {
        Id = Guid.CreateVersion7(),
        UserName = email,
        Email = email,
        FullName = fullName,
        Nik = nik,
        IsStaff = isStaff,
        ProvinceWide = provinceWide,
        CreatedAt = createdAt,
    };
}
