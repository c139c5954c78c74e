using AspirasiEtam.Modules.Identity.Contracts;
using AspirasiEtam.Modules.Reports.Contracts;
using AspirasiEtam.Shared.Persistence;

namespace AspirasiEtam.Modules.Reports.Consumers;

// Who receives the leader's report, from the Identity module; the newest access wins.

internal sealed class StaffAccessChangedConsumer(ReportsDbContext context, TimeProvider clock) : InboxConsumer<StaffAccessChanged, ReportsDbContext>(context, clock)
{
    protected override async Task HandleAsync(StaffAccessChanged m, CancellationToken cancellationToken) =>
        (await Context.Recipients.FindOrAddAsync(m.UserId, ReportRecipient.Create, cancellationToken)).Apply(m.Email, m.Roles, m.AgencyIds, m.IsActive, m.OccurredAt);
}

/// <summary>Every staff member's access, told again because this module asked.</summary>
internal sealed class StaffReplayedConsumer(ReportsDbContext context, TimeProvider clock) : InboxConsumer<StaffReplayed, ReportsDbContext>(context, clock)
{
    protected override async Task HandleAsync(StaffReplayed m, CancellationToken cancellationToken)
    {
        if (m.Requester != ReportsContracts.ModuleName)
        {
            return;
        }

        var ids = m.Staff.Select(s => s.UserId).ToList();
        var known = await Context.Recipients.Where(r => ids.Contains(r.UserId)).ToDictionaryAsync(r => r.UserId, cancellationToken);
        foreach (var s in m.Staff)
        {
            if (!known.TryGetValue(s.UserId, out var recipient))
            {
                recipient = ReportRecipient.Create(s.UserId);
                Context.Recipients.Add(recipient);
            }

            recipient.Apply(s.Email, s.Roles, s.AgencyIds, s.IsActive, s.OccurredAt);
        }
    }
}
