using AspirasiEtam.Shared.Persistence;

namespace AspirasiEtam.Modules.OrganisationDirectory.Features.ReplayAgencies;

/// <summary>
/// Answers a module that asks for the directory's history (docs/adr/0015): every agency as it is now, with its
/// version — consumers apply an agency event only when its version is not older than what they hold, so the
/// replay changes nothing for those that saw everything — then <see cref="ReplayCompleted"/>.
/// </summary>
internal sealed class DirectoryReplayConsumer(DirectoryDbContext context, TimeProvider clock)
    : InboxConsumer<ReplayRequested, DirectoryDbContext>(context, clock)
{
    public const string Source = "directory";

    protected override async Task HandleAsync(ReplayRequested m, CancellationToken cancellationToken)
    {
        if (m.Source != Source)
        {
            return;
        }

        var now = Clock.GetUtcNow();
        var agencies = await Context.Agencies.AsNoTracking().OrderBy(a => a.CreatedAt).ToListAsync(cancellationToken);
        foreach (var agency in agencies)
        {
            Context.Publish(AgencyIntegrationEvents.Registered(agency, now));
        }

        Context.Publish(new ReplayCompleted(m.ReplayId, m.Requester, Source, agencies.Count, now));
    }
}
