using AspirasiEtam.Modules.OrganisationDirectory.Contracts;
using AspirasiEtam.Shared.Persistence;

namespace AspirasiEtam.Modules.PublicInformation.Consumers;

// Keep the register's agencies in step with the Organisation Directory. Each event carries the agency's version,
// so an old or repeated event changes nothing, and the inbox makes each delivery count once. A renamed agency's
// published entries show the new name in search at the next change of each entry (their numbers keep the code).

internal sealed class AgencyRegisteredConsumer(PublicInformationDbContext context, TimeProvider clock)
    : InboxConsumer<AgencyRegistered, PublicInformationDbContext>(context, clock)
{
    protected override async Task HandleAsync(AgencyRegistered m, CancellationToken cancellationToken) =>
        (await Context.Agencies.FindOrAddAsync(m.AgencyId, PpidAgency.Create, cancellationToken))
            .Apply(m.Version, m.Code, m.Name, m.ShortName, m.IsActive, m.IsMainOffice);
}

internal sealed class AgencyUpdatedConsumer(PublicInformationDbContext context, TimeProvider clock)
    : InboxConsumer<AgencyUpdated, PublicInformationDbContext>(context, clock)
{
    protected override async Task HandleAsync(AgencyUpdated m, CancellationToken cancellationToken) =>
        (await Context.Agencies.FindOrAddAsync(m.AgencyId, PpidAgency.Create, cancellationToken))
            .Apply(m.Version, m.Code, m.Name, m.ShortName, m.IsActive, m.IsMainOffice);
}

internal sealed class AgencyDeactivatedConsumer(PublicInformationDbContext context, TimeProvider clock)
    : InboxConsumer<AgencyDeactivated, PublicInformationDbContext>(context, clock)
{
    protected override async Task HandleAsync(AgencyDeactivated m, CancellationToken cancellationToken) =>
        (await Context.Agencies.FindKnownAsync(m.AgencyId, cancellationToken)).ApplyActive(m.Version, isActive: false);
}

internal sealed class AgencyReactivatedConsumer(PublicInformationDbContext context, TimeProvider clock)
    : InboxConsumer<AgencyReactivated, PublicInformationDbContext>(context, clock)
{
    protected override async Task HandleAsync(AgencyReactivated m, CancellationToken cancellationToken) =>
        (await Context.Agencies.FindKnownAsync(m.AgencyId, cancellationToken)).ApplyActive(m.Version, isActive: true);
}
