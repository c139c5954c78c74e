using AspirasiEtam.Modules.OrganisationDirectory.Contracts;
using AspirasiEtam.Shared.Persistence;

namespace AspirasiEtam.Modules.Reports.Consumers;

// The agencies' names for the report cards, from the Organisation Directory; each event carries the agency's
// version, so an old or repeated one changes nothing.

internal sealed class AgencyRegisteredConsumer(ReportsDbContext context, TimeProvider clock)
    : InboxConsumer<AgencyRegistered, ReportsDbContext>(context, clock)
{
    protected override async Task HandleAsync(AgencyRegistered m, CancellationToken cancellationToken) =>
        (await Context.Agencies.FindOrAddAsync(m.AgencyId, ReportAgency.Create, cancellationToken)).Apply(m.Version, m.Code, m.Name, m.IsActive);
}

internal sealed class AgencyUpdatedConsumer(ReportsDbContext context, TimeProvider clock)
    : InboxConsumer<AgencyUpdated, ReportsDbContext>(context, clock)
{
    protected override async Task HandleAsync(AgencyUpdated m, CancellationToken cancellationToken) =>
        (await Context.Agencies.FindOrAddAsync(m.AgencyId, ReportAgency.Create, cancellationToken)).Apply(m.Version, m.Code, m.Name, m.IsActive);
}
