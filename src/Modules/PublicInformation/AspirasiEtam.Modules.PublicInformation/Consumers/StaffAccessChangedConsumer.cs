using AspirasiEtam.Modules.Identity.Contracts;
using AspirasiEtam.Shared.Persistence;

namespace AspirasiEtam.Modules.PublicInformation.Consumers;

/// <summary>Keeps the register's staff (officers for reminders and signatures, supervisors for objections) in step with the Identity module.</summary>
internal sealed class StaffAccessChangedConsumer(PublicInformationDbContext context, TimeProvider clock)
    : InboxConsumer<StaffAccessChanged, PublicInformationDbContext>(context, clock)
{
    protected override async Task HandleAsync(StaffAccessChanged m, CancellationToken cancellationToken) =>
        (await Context.Officers.FindOrAddAsync(m.UserId, RegisterOfficer.Create, cancellationToken))
            .Apply(m.FullName, m.Email, m.Roles.Contains(Roles.AgencyOfficer), m.Roles.Contains(Roles.Supervisor), m.ProvinceWide, m.IsActive, m.AgencyIds);
}
