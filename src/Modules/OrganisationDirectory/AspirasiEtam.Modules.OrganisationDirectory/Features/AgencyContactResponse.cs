using AspirasiEtam.Shared.Persistence;

namespace AspirasiEtam.Modules.OrganisationDirectory.Features;

/// <summary>An agency's contact details, as its own PPID keeps them; it sees and changes only its agencies.</summary>
internal sealed record AgencyContactResponse(Guid AgencyId, string Code, string Name, string? Address, string? Phone, string? Email, string? Website, int Version)
{
    public static AgencyContactResponse From(Agency a) => new(a.Id, a.Code, a.Name, a.Address, a.Phone, a.Email, a.Website, a.Version);

    /// <summary>The agency, when the caller may work for it; another agency is answered as missing.</summary>
    public static async Task<Agency> FindInScopeAsync(DirectoryDbContext context, ICurrentUser currentUser, Guid agencyId, CancellationToken cancellationToken) =>
        await context.Agencies.WithSpecification(new AgencyInScope(agencyId, currentUser.HasProvinceWorkScope, currentUser.AgencyIds)).FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException($"No agency {agencyId} in your scope. / OPD {agencyId} tidak ada dalam cakupan Anda.");
}
