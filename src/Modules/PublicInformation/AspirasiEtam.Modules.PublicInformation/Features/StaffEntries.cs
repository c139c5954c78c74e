using AspirasiEtam.Shared.Persistence;

namespace AspirasiEtam.Modules.PublicInformation.Features;

/// <summary>
/// The register entries in the caller's scope (<see cref="InAgencyScope{T}"/>), found or answered 404, and who is acting:
/// what every staff use case shares. Who may send each request is its <c>[Authorize]</c> policy.
/// </summary>
internal sealed class StaffEntries(PublicInformationDbContext context, ICurrentUser currentUser, TimeProvider clock)
{
    public Guid Actor => currentUser.UserId ?? Guid.Empty;

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public IQueryable<InformationEntry> Readable => context.Entries.WithSpecification(InAgencyScope<InformationEntry>.ToRead(currentUser));

    public Task<InformationEntry> FindToReadAsync(Guid id, CancellationToken cancellationToken) =>
        FindAsync(Readable, id, cancellationToken);

    public Task<InformationEntry> FindToChangeAsync(Guid id, CancellationToken cancellationToken) =>
        FindAsync(context.Entries.WithSpecification(InAgencyScope<InformationEntry>.ToChange(currentUser)), id, cancellationToken);

    /// <summary>Whether the caller may write for the agency (a draft for it, an import into it).</summary>
    public void EnsureMayChange(Guid agencyId)
    {
        if (!currentUser.CanWorkFor(agencyId))
        {
            throw new NotFoundException($"No agency {agencyId} in your scope. / OPD {agencyId} tidak ada dalam cakupan Anda.");
        }
    }

    /// <summary>A checklist code must name an active item of PPID Utama's berkala checklist.</summary>
    public async Task EnsureChecklistAsync(string? code, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(code) && !await context.ChecklistItems.AnyAsync(i => i.Code == code.Trim() && i.IsActive, cancellationToken))
        {
            throw new InvalidFieldException("checklist", $"'{code}' bukan butir daftar periksa berkala. / '{code}' is not an item of the berkala checklist.");
        }
    }

    /// <summary>Saves the entry with its public row (and search index) in step; publishes what the change tells other modules.</summary>
    public async Task SaveAsync(InformationEntry entry, CancellationToken cancellationToken, IIntegrationEvent? integrationEvent = null)
    {
        await context.SyncPublicRowAsync(entry, cancellationToken);
        if (integrationEvent is not null)
        {
            context.Publish(integrationEvent);
        }

        await context.SaveChangesAsync(cancellationToken);
    }

    /// <summary>What other modules hear when an entry is published or a published entry changes.</summary>
    public async Task<InformationPublished> PublishedEventAsync(InformationEntry entry, bool firstPublication, CancellationToken cancellationToken)
    {
        var agency = await context.FindAgencyAsync(entry.AgencyId, cancellationToken);
        return new InformationPublished(entry.Id, entry.AgencyId, agency.Code, entry.Number, entry.Title, entry.Category.Code(), entry.Year, firstPublication, clock.GetUtcNow(), entry.ChecklistCode);
    }

    private static async Task<InformationEntry> FindAsync(IQueryable<InformationEntry> entries, Guid id, CancellationToken cancellationToken) =>
        await entries.AsSplitQuery().SingleOrDefaultAsync(e => e.Id == id, cancellationToken)
        ?? throw new NotFoundException($"No register entry {id} in your scope. / Entri {id} tidak ada dalam cakupan Anda.");
}
