namespace AspirasiEtam.Modules.Identity.Features;

/// <summary>An agency a staff account works for, as the account and staff views show it.</summary>
internal sealed record AgencyScope(Guid Id, string Code, string Name)
{
    public static Task<List<AgencyScope>> OfAsync(IdentityModuleDbContext context, Guid userId, CancellationToken cancellationToken) =>
        context.StaffAgencyScopes.Where(s => s.UserId == userId)
            .Join(context.KnownAgencies, s => s.AgencyId, a => a.Id, (s, a) => new AgencyScope(a.Id, a.Code, a.Name))
            .ToListAsync(cancellationToken);
}
