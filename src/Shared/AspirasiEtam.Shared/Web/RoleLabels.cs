using AspirasiEtam.Shared.Contracts;

namespace AspirasiEtam.Shared.Web;

/// <summary>The portal's roles as people call them, in the reader's language (the code's names stay in the API and logs).</summary>
public static class RoleLabels
{
    public static string Of(string role) => role switch
    {
        Roles.SuperAdmin => Bilingual.T("Admin sistem", "System admin"),
        Roles.MainOffice => "PPID Utama",
        Roles.AgencyOfficer => Bilingual.T("Petugas PPID Pembantu", "Agency officer (PPID Pembantu)"),
        Roles.Supervisor => Bilingual.T("Atasan PPID", "Head of agency (Atasan PPID)"),
        Roles.Citizen => Bilingual.T("Warga", "Citizen"),
        _ => role,
    };
}
