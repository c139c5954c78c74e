using AspirasiEtam.Modules.Identity.Contracts;
using AspirasiEtam.Shared.Persistence;

namespace AspirasiEtam.Modules.Aspirations.Consumers;

/// <summary>Keeps the module's list of staff (for assignment) in step with the Identity module.</summary>
internal sealed class StaffAccessChangedConsumer(AspirationsDbContext context, TimeProvider clock)
    : InboxConsumer<StaffAccessChanged, AspirationsDbContext>(context, clock)
{
    protected override async Task HandleAsync(StaffAccessChanged m, CancellationToken cancellationToken) =>
        (await Context.StaffMembers.FindOrAddAsync(m.UserId, AgencyStaffMember.Create, cancellationToken))
            .Apply(m.FullName, m.Email, m.Roles.Contains(Roles.AgencyOfficer), m.Roles.Contains(Roles.Supervisor), m.ProvinceWide, m.IsActive, m.AgencyIds);
}
