using AspirasiEtam.Modules.OrganisationDirectory.Contracts;
using AspirasiEtam.Modules.Aspirations.Features.ReturnFromInactiveAgency;
using AspirasiEtam.Shared.Persistence;

namespace AspirasiEtam.Modules.Aspirations.Consumers;

// Keep DispatchAgencies in step with the Organisation Directory. Each event carries the agency's version,
// so an old or repeated event changes nothing, and the inbox makes each delivery count once. An agency that is
// inactive once the event is applied hands its open reports back to PPID Utama in the same save.

internal sealed class AgencyRegisteredConsumer(AspirationsDbContext context, TimeProvider clock, InactiveAgencyReports orphans)
    : InboxConsumer<AgencyRegistered, AspirationsDbContext>(context, clock)
{
    protected override async Task HandleAsync(AgencyRegistered m, CancellationToken cancellationToken)
    {
        var agency = await Context.DispatchAgencies.FindOrAddAsync(m.AgencyId, DispatchAgency.Create, cancellationToken);
        agency.Apply(m.Version, m.Code, m.Name, m.ShortName, m.IsActive, m.IsMainOffice, m.Categories);
        await orphans.ReturnAsync(agency, cancellationToken);
    }
}

internal sealed class AgencyUpdatedConsumer(AspirationsDbContext context, TimeProvider clock, InactiveAgencyReports orphans)
    : InboxConsumer<AgencyUpdated, AspirationsDbContext>(context, clock)
{
    protected override async Task HandleAsync(AgencyUpdated m, CancellationToken cancellationToken)
    {
        var agency = await Context.DispatchAgencies.FindOrAddAsync(m.AgencyId, DispatchAgency.Create, cancellationToken);
        agency.Apply(m.Version, m.Code, m.Name, m.ShortName, m.IsActive, m.IsMainOffice, m.Categories);
        await orphans.ReturnAsync(agency, cancellationToken);
    }
}

internal sealed class AgencyDeactivatedConsumer(AspirationsDbContext context, TimeProvider clock, InactiveAgencyReports orphans)
    : InboxConsumer<AgencyDeactivated, AspirationsDbContext>(context, clock)
{
    protected override async Task HandleAsync(AgencyDeactivated m, CancellationToken cancellationToken)
    {
        var agency = await Context.DispatchAgencies.FindKnownAsync(m.AgencyId, cancellationToken);
        agency.ApplyActive(m.Version, isActive: false);
        await orphans.ReturnAsync(agency, cancellationToken);
    }
}

internal sealed class AgencyReactivatedConsumer(AspirationsDbContext context, TimeProvider clock)
    : InboxConsumer<AgencyReactivated, AspirationsDbContext>(context, clock)
{
    protected override async Task HandleAsync(AgencyReactivated m, CancellationToken cancellationToken) =>
        (await Context.DispatchAgencies.FindKnownAsync(m.AgencyId, cancellationToken)).ApplyActive(m.Version, isActive: true);
}
