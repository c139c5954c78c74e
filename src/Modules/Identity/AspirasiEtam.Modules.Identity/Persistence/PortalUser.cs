using Microsoft.AspNetCore.Identity;

namespace AspirasiEtam.Modules.Identity.Persistence;

/// <summary>An account: a citizen who registered, or a staff member created by an administrator.</summary>
internal sealed class PortalUser : IdentityUser<Guid>
{
    public string FullName { get; set; } = string.Empty;

    /// <summary>NIK, optional and confidential: shown only to its owner and to staff who need it.</summary>
    public string? Nik { get; set; }

    public bool IsStaff { get; set; }

    /// <summary>False for a deactivated staff account (which is also locked out for good).</summary>
    public bool IsActive { get; set; } = true;

    /// <summary>A Supervisor whose scope is the whole province.</summary>
    public bool ProvinceWide { get; set; }

    public DateTime CreatedAt { get; set; }
}
