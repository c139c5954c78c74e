using AspirasiEtam.Modules.OrganisationDirectory.Contracts;
using AspirasiEtam.Shared.Persistence;

namespace AspirasiEtam.Modules.Aspirations.Consumers;

// Keep DispatchAgencies in step with the Organisation Directory. Each event carries the agency's version,
// so an old or repeated event changes nothing, and the inbox makes each delivery count once.

internal sealed class AgencyRegisteredConsumer(AspirationsDbContext context, TimeProvider clock)
    : InboxConsumer<AgencyRegistered, AspirationsDbContext>(context, clock)
{
    protected override async Task HandleAsync(AgencyRegistered m, CancellationToken cancellationToken) =>
        (await Context.DispatchAgencies.FindOrAddAsync(m.AgencyId, DispatchAgency.Create, cancellationToken))
            .Apply(m.Version, m.Code, m.Name, m.ShortName, m.IsActive, m.IsMainOffice, m.Categories);
}

internal sealed class AgencyUpdatedConsumer(AspirationsDbContext context, TimeProvider clock)
    : InboxConsumer<AgencyUpdated, AspirationsDbContext>(context, clock)
{
    protected override async Task HandleAsync(AgencyUpdated m, CancellationToken cancellationToken) =>
        (await Context.DispatchAgencies.FindOrAddAsync(m.AgencyId, DispatchAgency.Create, cancellationToken))
            .Apply(m.Version, m.Code, m.Name, m.ShortName, m.IsActive, m.IsMainOffice, m.Categories);
}

internal sealed class AgencyDeactivatedConsumer(AspirationsDbContext context, TimeProvider clock)
    : InboxConsumer<AgencyDeactivated, AspirationsDbContext>(context, clock)
{
    protected override async Task HandleAsync(AgencyDeactivated m, CancellationToken cancellationToken) =>
        (await Context.DispatchAgencies.FindKnownAsync(m.AgencyId, cancellationToken)).ApplyActive(m.Version, isActive: false);
}

internal sealed class AgencyReactivatedConsumer(AspirationsDbContext context, TimeProvider clock)
    : InboxConsumer<AgencyReactivated, AspirationsDbContext>(context, clock)
{
    protected override async Task HandleAsync(AgencyReactivated m, CancellationToken cancellationToken) =>
        (await Context.DispatchAgencies.FindKnownAsync(m.AgencyId, cancellationToken)).ApplyActive(m.Version, isActive: true);
}
