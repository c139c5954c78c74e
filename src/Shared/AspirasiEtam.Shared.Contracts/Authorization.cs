namespace AspirasiEtam.Shared.Contracts;

/// <summary>Names of the roles every module understands (see DOMAIN.md "The people").</summary>
public static class Roles
{
    /// <summary>Diskominfo IT: agencies, staff accounts, settings, the security log.</summary>
    public const string SuperAdmin = "SuperAdmin";

    /// <summary>PPID Utama: sees and dispatches across all agencies.</summary>
    public const string MainOffice = "MainOffice";

    /// <summary>PPID Pembantu admin or operator, bound to one or more agencies.</summary>
    public const string AgencyOfficer = "AgencyOfficer";

    /// <summary>Atasan PPID: bound to agencies or province-wide.</summary>
    public const string Supervisor = "Supervisor";

    public const string Citizen = "Citizen";

    public static IReadOnlyList<string> Staff { get; } = [SuperAdmin, MainOffice, AgencyOfficer, Supervisor];

    public static IReadOnlyList<string> All { get; } = [SuperAdmin, MainOffice, AgencyOfficer, Supervisor, Citizen];
}

/// <summary>Names of the authorization policies; the Identity module defines them, every module uses them.</summary>
public static class Policies
{
    /// <summary>Province-wide administration: SuperAdmin and MainOffice (PPID Utama).</summary>
    public const string Admin = "Admin";

    /// <summary>SuperAdmin only (staff accounts of any role, the security log).</summary>
    public const string SuperAdmin = "SuperAdmin";

    /// <summary>Any staff role; what they may touch is then limited by their agency scope.</summary>
    public const string Staff = "Staff";

    /// <summary>Agency work: AgencyOfficer, MainOffice and SuperAdmin; limited by agency scope.</summary>
    public const string AgencyWork = "AgencyWork";

    /// <summary>A signed-in citizen.</summary>
    public const string Citizen = "Citizen";

    /// <summary>Anyone signed in, staff included (their own account pages).</summary>
    public const string SignedIn = "SignedIn";
}

/// <summary>Claim types the Identity module puts on a signed-in user.</summary>
public static class PortalClaims
{
    /// <summary>One claim per agency id the user may act for.</summary>
    public const string Agency = "agency";

    /// <summary>"true" when a Supervisor's scope is the whole province.</summary>
    public const string ProvinceWide = "province_wide";

    /// <summary>Authentication method reference; "mfa" after a two-factor sign-in.</summary>
    public const string AuthenticationMethod = "amr";

    public const string MultiFactor = "mfa";
}
