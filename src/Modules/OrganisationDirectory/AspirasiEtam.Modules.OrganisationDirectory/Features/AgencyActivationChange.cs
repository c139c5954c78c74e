namespace AspirasiEtam.Modules.OrganisationDirectory.Features;

/// <summary>What deactivating and reactivating an agency share: load it, change it, publish the change, save.</summary>
internal static class AgencyActivationChange
{
    public static async Task<AgencyResponse> ApplyAsync(
        DirectoryDbContext context, Guid id, DateTimeOffset now, Func<Agency, DateTimeOffset, IIntegrationEvent> change, CancellationToken cancellationToken)
    {
        var agency = await context.FindAgencyAsync(id, cancellationToken);
        context.Publish(change(agency, now));
        await context.SaveChangesAsync(cancellationToken);
        return AgencyResponse.From(agency);
    }
}
