namespace AspirasiEtam.Modules.Identity.Domain;

/// <summary>Which roles and agency scopes a staff account may hold, and who may grant them.</summary>
internal static class StaffAccess
{
    /// <summary>
    /// Checks a requested access and returns it normalised: scopes only where the role needs them.
    /// Throws <see cref="ForbiddenException"/> when the actor may not grant it, and an
    /// <see cref="InvalidFieldException"/> when the access itself is inconsistent.
    /// </summary>
    public static (IReadOnlyList<string> Roles, IReadOnlyList<Guid> Agencies, bool ProvinceWide) Check(
        IReadOnlyCollection<string> actorRoles,
        IReadOnlyCollection<string> currentRoles,
        IReadOnlyCollection<string> requestedRoles,
        IReadOnlyCollection<Guid> requestedAgencies,
        bool provinceWide)
    {
        var roles = requestedRoles.Distinct().ToList();
        if (roles.Count == 0 || roles.Any(r => !Roles.Staff.Contains(r)))
        {
            throw new InvalidFieldException("roles", $"Pilih satu atau lebih peran staf: {string.Join(", ", Roles.Staff)}. / Choose one or more staff roles.");
        }

        var touchesSuperAdmin = roles.Contains(Roles.SuperAdmin) || currentRoles.Contains(Roles.SuperAdmin);
        if (touchesSuperAdmin && !actorRoles.Contains(Roles.SuperAdmin))
        {
            throw new ForbiddenException("Only a super admin may grant, change or remove the SuperAdmin role. / Hanya super admin yang dapat mengatur peran SuperAdmin.");
        }

        var provinceRole = roles.Contains(Roles.SuperAdmin) || roles.Contains(Roles.MainOffice);
        var supervisorWide = roles.Contains(Roles.Supervisor) && provinceWide;
        // An officer works for named agencies even when it also supervises province-wide: the wide flag widens
        // what it reads, never where it writes, and its agencies must not be dropped.
        var needsAgencies = !provinceRole && (roles.Contains(Roles.AgencyOfficer) || !supervisorWide);
        var agencies = needsAgencies ? requestedAgencies.Distinct().ToList() : [];
        if (needsAgencies && agencies.Count == 0)
        {
            throw new InvalidFieldException("agencyIds", "Petugas OPD dan atasan PPID perlu sedikitnya satu OPD (atau cakupan provinsi untuk atasan). / Agency officers and supervisors need at least one agency (or province-wide scope for supervisors).");
        }

        return (roles, agencies, supervisorWide);
    }
}
