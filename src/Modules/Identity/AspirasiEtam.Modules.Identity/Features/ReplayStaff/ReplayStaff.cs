using AspirasiEtam.Modules.Identity.Contracts;
using AspirasiEtam.Shared.Persistence;

namespace AspirasiEtam.Modules.Identity.Features.ReplayStaff;

/// <summary>
/// Answers a module that asks for the staff's access (docs/adr/0015): one <see cref="StaffReplayed"/> with every
/// staff account's roles, agencies and active flag as they are now — the same <see cref="StaffAccessChanged"/> as
/// published live — then <see cref="ReplayCompleted"/>. Citizens are not staff and are never told.
/// </summary>
internal sealed class IdentityReplayConsumer(IdentityModuleDbContext context, TimeProvider clock)
    : InboxConsumer<ReplayRequested, IdentityModuleDbContext>(context, clock)
{
    public const string Source = "identity";

    protected override async Task HandleAsync(ReplayRequested m, CancellationToken cancellationToken)
    {
        if (m.Source != Source)
        {
            return;
        }

        var now = Clock.GetUtcNow();
        var roles = (await (from userRole in Context.UserRoles
                            join role in Context.Roles on userRole.RoleId equals role.Id
                            select new { userRole.UserId, role.Name }).ToListAsync(cancellationToken))
            .Where(r => r.Name is not null && Roles.Staff.Contains(r.Name))
            .ToLookup(r => r.UserId, r => r.Name!);
        var ids = roles.Select(r => r.Key).ToList();
        var users = await Context.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).OrderBy(u => u.Id).ToListAsync(cancellationToken);
        var scopes = (await Context.StaffAgencyScopes.AsNoTracking().Where(s => ids.Contains(s.UserId)).ToListAsync(cancellationToken))
            .ToLookup(s => s.UserId, s => s.AgencyId);
        var staff = users.Select(u => new StaffAccessChanged(u.Id, u.FullName, u.Email!, [.. roles[u.Id]], [.. scopes[u.Id]], u.ProvinceWide, u.IsActive, now)).ToList();
        Context.Publish(new StaffReplayed(m.ReplayId, m.Requester, staff, now));
        Context.Publish(new ReplayCompleted(m.ReplayId, m.Requester, Source, staff.Count, now));
    }
}
