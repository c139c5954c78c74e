namespace AspirasiEtam.Modules.Identity.Features;

/// <summary>What inviting a staff member and changing their access both check, and how the security log words it.</summary>
internal static class StaffAccessRules
{
    /// <summary>
    /// The requested access, normalised, once the signed-in administrator may grant it (see <see cref="StaffAccess.Check"/>)
    /// and every agency in it is known here and active.
    /// </summary>
    public static async Task<(IReadOnlyList<string> Roles, IReadOnlyList<Guid> Agencies, bool ProvinceWide)> CheckAccessAsync(
        this IdentityModuleDbContext context,
        ICurrentUser actor,
        IReadOnlyCollection<string> currentRoles,
        IReadOnlyList<string>? roles,
        IReadOnlyList<Guid>? agencyIds,
        bool provinceWide,
        CancellationToken cancellationToken)
    {
        var access = StaffAccess.Check(Roles.Staff.Where(actor.IsInRole).ToList(), currentRoles, roles ?? [], agencyIds ?? [], provinceWide);
        var known = await context.KnownAgencies.Where(a => access.Agencies.Contains(a.Id) && a.IsActive).CountAsync(cancellationToken);
        if (known != access.Agencies.Count)
        {
            throw new InvalidFieldException("agencyIds", "Satu atau lebih OPD tidak dikenal atau nonaktif. / One or more agencies are unknown or inactive.");
        }

        return access;
    }

    public static string Describe(IEnumerable<string> roles, IEnumerable<Guid> agencies, bool provinceWide) =>
        $"roles: {string.Join(",", roles)}; agencies: {string.Join(",", agencies)}{(provinceWide ? "; province-wide" : string.Empty)}";
}
