using AspirasiEtam.Modules.PublicInformation.Contracts;
using AspirasiEtam.Shared.Persistence;

namespace AspirasiEtam.Modules.PublicInformation.Features.ReplayRequests;

/// <summary>
/// Answers a module that asks for the requests' history (docs/adr/0015): every request's registration and decision
/// and every objection's filing and decision again, rebuilt from what they keep, through the outbox a page at a time
/// (<see cref="InformationRequestsReplayed"/>, for the module that asked), then <see cref="ReplayCompleted"/>.
/// Numbers, agencies, times and outcomes only: no applicant.
/// </summary>
internal sealed class PublicInformationReplayConsumer(PublicInformationDbContext context, TimeProvider clock)
    : InboxConsumer<ReplayRequested, PublicInformationDbContext>(context, clock)
{
    public const string Source = "ppid";

    private const int Batch = 1000;

    protected override async Task HandleAsync(ReplayRequested m, CancellationToken cancellationToken)
    {
        if (m.Source != Source)
        {
            return;
        }

        var requestClock = await Context.RequestClockAsync(cancellationToken);
        var events = 0;
        DateTime? after = null;
        var afterId = Guid.Empty;
        while (true)
        {
            var page = await Context.Requests.AsNoTracking()
                .Where(r => after == null || r.ReceivedAt > after || (r.ReceivedAt == after && r.Id.CompareTo(afterId) > 0))
                .OrderBy(r => r.ReceivedAt).ThenBy(r => r.Id).Take(Batch)
                .Select(r => new { r.Id, r.Number, r.AgencyId, r.Channel, r.SourceSubmissionId, r.DueOn, r.ReceivedAt, r.ReceivedOn, r.Outcome, r.DecidedAt, r.DecidedOn })
                .ToListAsync(cancellationToken);
            if (page.Count == 0)
            {
                break;
            }

            var ids = page.Select(r => r.Id).ToList();
            var objections = await Context.Objections.AsNoTracking().Where(o => ids.Contains(o.RequestId)).ToListAsync(cancellationToken);
            var numbers = page.ToDictionary(r => r.Id, r => r.Number);
            var told = new InformationRequestsReplayed(
                m.ReplayId, m.Requester,
                [.. page.Select(r => new InformationRequestRegistered(r.Id, r.Number, r.AgencyId, r.Channel, r.SourceSubmissionId, r.DueOn, Utc(r.ReceivedAt)))],
                [.. page.Where(r => r.DecidedAt is not null && r.Outcome is not null && r.DecidedOn is not null).Select(r => new InformationRequestDecided(
                    r.Id, r.Number, r.AgencyId, RequestCodes.Code(r.Outcome!.Value), requestClock.WorkingDaysBetween(r.ReceivedOn, r.DecidedOn!.Value),
                    r.SourceSubmissionId, Utc(r.DecidedAt!.Value), r.DecidedOn!.Value <= r.DueOn))],
                [.. objections.Select(o => new ObjectionFiled(o.Id, o.Number, o.RequestId, numbers[o.RequestId], o.AgencyId, o.Ground, o.DueOn, Utc(o.FiledAt)))],
                [.. objections.Where(o => o.DecidedAt is not null && o.Outcome is not null).Select(o => new ObjectionDecided(
                    o.Id, o.Number, o.RequestId, o.AgencyId, RequestCodes.Code(o.Outcome!.Value), o.CommissionDeadline ?? o.DueOn, Utc(o.DecidedAt!.Value)))],
                Clock.GetUtcNow());
            Context.Publish(told);
            events += told.Events;

            // Each page leaves with its own save; the inbox records the request with the last one.
            await Context.SaveChangesAsync(cancellationToken);
            Context.ChangeTracker.Clear();
            (after, afterId) = (page[^1].ReceivedAt, page[^1].Id);
        }

        Context.Publish(new ReplayCompleted(m.ReplayId, m.Requester, Source, events, Clock.GetUtcNow()));
    }

    private static DateTimeOffset Utc(DateTime at) => new(DateTime.SpecifyKind(at, DateTimeKind.Utc));
}
