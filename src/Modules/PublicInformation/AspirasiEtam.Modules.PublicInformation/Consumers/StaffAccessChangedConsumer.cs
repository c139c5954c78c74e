using AspirasiEtam.Modules.Identity.Contracts;
using AspirasiEtam.Shared.Persistence;

namespace AspirasiEtam.Modules.PublicInformation.Consumers;

/// <summary>Keeps the register's officers (who receive its freshness reminders) in step with the Identity module.</summary>
internal sealed class StaffAccessChangedConsumer(PublicInformationDbContext context, TimeProvider clock)
    : InboxConsumer<StaffAccessChanged, PublicInformationDbContext>(context, clock)
{
    protected override async Task HandleAsync(StaffAccessChanged m, CancellationToken cancellationToken) =>
        (await Context.Officers.FindOrAddAsync(m.UserId, RegisterOfficer.Create, cancellationToken))
            .Apply(m.FullName, m.Email, m.Roles.Contains(Roles.AgencyOfficer), m.IsActive, m.AgencyIds);
}
