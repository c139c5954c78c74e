namespace AspirasiEtam.Modules.OrganisationDirectory.Features;

/// <summary>Rules that need more than one agency to check.</summary>
internal static class AgencyRules
{
    /// <summary>Only one agency hosts the PPID Utama.</summary>
    public static async Task EnsureNoOtherMainOfficeAsync(this DirectoryDbContext context, Guid? exceptAgencyId, CancellationToken cancellationToken)
    {
        var other = await context.Agencies
            .Where(a => a.IsMainOffice && a.Id != exceptAgencyId)
            .Select(a => a.Code)
            .FirstOrDefaultAsync(cancellationToken);
        if (other is not null)
        {
            throw new ConflictException($"Agency {other} already hosts the PPID Utama. / OPD {other} sudah menjadi PPID Utama.");
        }
    }

    public static async Task<Domain.Agency> FindAgencyAsync(this DirectoryDbContext context, Guid id, CancellationToken cancellationToken) =>
        await context.Agencies.FirstOrDefaultAsync(a => a.Id == id, cancellationToken)
        ?? throw new NotFoundException($"No agency has id {id}. / OPD dengan id {id} tidak ditemukan.");
}
