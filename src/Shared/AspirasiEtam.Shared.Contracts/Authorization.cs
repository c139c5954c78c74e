namespace AspirasiEtam.Shared.Contracts;

/// <summary>Names of the roles every module understands (see docs/adr and DOMAIN.md).</summary>
public static class Roles
{
    public const string SuperAdmin = "SuperAdmin";
    public const string MainOffice = "MainOffice";
    public const string AgencyOfficer = "AgencyOfficer";
    public const string Supervisor = "Supervisor";
    public const string Citizen = "Citizen";
}

/// <summary>Names of the authorization policies the host defines and modules put on their endpoints.</summary>
public static class Policies
{
    /// <summary>Province-wide administration: SuperAdmin and MainOffice (PPID Utama).</summary>
    public const string Admin = "Admin";
}
