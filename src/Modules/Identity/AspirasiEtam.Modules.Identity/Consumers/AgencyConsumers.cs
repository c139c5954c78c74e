using AspirasiEtam.Modules.Identity.Accounts;
using AspirasiEtam.Modules.Identity.Contracts;
using AspirasiEtam.Modules.OrganisationDirectory.Contracts;
using AspirasiEtam.Shared.Persistence;

namespace AspirasiEtam.Modules.Identity.Consumers;

// Keep KnownAgencies in step with the directory; a deactivated agency leaves every staff scope.

internal sealed class AgencyRegisteredConsumer(IdentityModuleDbContext context, TimeProvider clock)
    : InboxConsumer<AgencyRegistered, IdentityModuleDbContext>(context, clock)
{
    protected override async Task HandleAsync(AgencyRegistered m, CancellationToken cancellationToken) =>
        (await Context.KnownAgencies.FindOrAddAsync(m.AgencyId, KnownAgency.Create, cancellationToken)).Apply(m.Version, m.Code, m.Name, m.IsActive);
}

internal sealed class AgencyUpdatedConsumer(IdentityModuleDbContext context, TimeProvider clock)
    : InboxConsumer<AgencyUpdated, IdentityModuleDbContext>(context, clock)
{
    protected override async Task HandleAsync(AgencyUpdated m, CancellationToken cancellationToken) =>
        (await Context.KnownAgencies.FindOrAddAsync(m.AgencyId, KnownAgency.Create, cancellationToken)).Apply(m.Version, m.Code, m.Name, m.IsActive);
}

internal sealed class AgencyReactivatedConsumer(IdentityModuleDbContext context, TimeProvider clock)
    : InboxConsumer<AgencyReactivated, IdentityModuleDbContext>(context, clock)
{
    protected override async Task HandleAsync(AgencyReactivated m, CancellationToken cancellationToken) =>
        (await Context.KnownAgencies.FindKnownAsync(m.AgencyId, cancellationToken)).ApplyActive(m.Version, isActive: true);
}

/// <summary>Removes a deactivated agency from every staff scope, logs it, and refreshes the affected sign-ins.</summary>
internal sealed class AgencyDeactivatedConsumer(IdentityModuleDbContext context, TimeProvider clock, SecurityAudit audit)
    : InboxConsumer<AgencyDeactivated, IdentityModuleDbContext>(context, clock)
{
    protected override async Task HandleAsync(AgencyDeactivated m, CancellationToken cancellationToken)
    {
        var agency = await Context.KnownAgencies.FindKnownAsync(m.AgencyId, cancellationToken);
        agency.ApplyActive(m.Version, isActive: false);
        var scopes = await Context.StaffAgencyScopes.Where(s => s.AgencyId == m.AgencyId).ToListAsync(cancellationToken);
        Context.StaffAgencyScopes.RemoveRange(scopes);
        var userIds = scopes.Select(s => s.UserId).ToList();
        var remaining = await Context.StaffAgencyScopes.Where(s => userIds.Contains(s.UserId) && s.AgencyId != m.AgencyId).ToListAsync(cancellationToken);
        var roles = await Context.UserRoles.Where(ur => userIds.Contains(ur.UserId))
            .Join(Context.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        foreach (var user in await Context.Users.Where(u => userIds.Contains(u.Id)).ToListAsync(cancellationToken))
        {
            // A new stamp (set here, not through UserManager, which would save early) refreshes their sign-ins;
            // everything is saved with the inbox record in one SaveChanges.
            user.SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant();
            audit.Record(SecurityEventKind.ScopeChanged, user.Id, user.Email, $"agency {agency.Code} deactivated: removed from scope");
            Context.Publish(new StaffAccessChanged(
                user.Id, user.FullName, user.Email!, roles.Where(r => r.UserId == user.Id).Select(r => r.Name!).ToList(),
                remaining.Where(s => s.UserId == user.Id).Select(s => s.AgencyId).ToList(), user.ProvinceWide, user.IsActive, m.OccurredAt));
        }
    }
}
