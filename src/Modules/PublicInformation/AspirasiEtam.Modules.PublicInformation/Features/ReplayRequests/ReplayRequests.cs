using AspirasiEtam.Modules.PublicInformation.Contracts;
using AspirasiEtam.Shared.Persistence;

namespace AspirasiEtam.Modules.PublicInformation.Features.ReplayRequests;

/// <summary>
/// Answers a module that asks for the requests' history (docs/adr/0015): every request's registration and decision
/// and every objection's filing and decision again, rebuilt from what they keep, through the outbox a page at a time
/// (<see cref="InformationRequestsReplayed"/>, for the module that asked), ten pages per delivery
/// (<see cref="ReplayShares"/>), then <see cref="ReplayCompleted"/>.
/// Numbers, agencies, times and outcomes only: no applicant. First of all the register's freshness facts, in one
/// message (<see cref="RegisterReplayed"/>).
/// </summary>
internal sealed class PublicInformationReplayConsumer(PublicInformationDbContext context, TimeProvider clock)
    : InboxConsumer<ReplayRequested, PublicInformationDbContext>(context, clock)
{
    public const string Source = "ppid";

    protected override async Task HandleAsync(ReplayRequested m, CancellationToken cancellationToken)
    {
        if (m.Source != Source)
        {
            return;
        }

        var register = await RegisterHistory.PageAsync(Context, m.ReplayId, m.Requester, Clock, cancellationToken);
        Context.Publish(register);
        await RequestsHistory.TellAsync(Context, m.ReplayId, m.Requester, null, register.Events, Clock, cancellationToken);
    }
}

/// <summary>The next share of a replay this module is telling (<see cref="ReplayShares"/>).</summary>
internal sealed class PublicInformationReplayContinuedConsumer(PublicInformationDbContext context, TimeProvider clock)
    : InboxConsumer<ReplayContinued, PublicInformationDbContext>(context, clock)
{
    protected override Task HandleAsync(ReplayContinued m, CancellationToken cancellationToken) =>
        m.Source != PublicInformationReplayConsumer.Source ? Task.CompletedTask
            : RequestsHistory.TellAsync(Context, m.ReplayId, m.Requester, (m.AfterAt, m.AfterId), m.Events, Clock, cancellationToken);
}

/// <summary>
/// The register's freshness facts: the checklist, and every published entry answering for an item — as first published
/// and as last updated (the versions between are not kept, so a past month's freshness after a replay counts those two).
/// </summary>
internal static class RegisterHistory
{
    public static async Task<RegisterReplayed> PageAsync(PublicInformationDbContext context, Guid replayId, string requester, TimeProvider clock, CancellationToken cancellationToken)
    {
        var entries = await context.Entries.AsNoTracking()
            .Where(e => e.Status == EntryStatus.Published && e.ChecklistCode != null)
            .Select(e => new { e.Id, e.AgencyId, e.Number, e.Title, e.Category, e.Year, e.ChecklistCode, e.PublishedAt, e.UpdatedAt })
            .ToListAsync(cancellationToken);
        var agencies = await context.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Code, cancellationToken);
        var published = entries.SelectMany(e => new[] { (At: e.PublishedAt ?? e.UpdatedAt, First: true), (At: e.UpdatedAt, First: false) }
                .DistinctBy(v => v.At)
                .Select(v => new InformationPublished(e.Id, e.AgencyId, agencies.GetValueOrDefault(e.AgencyId, ""), e.Number, e.Title, e.Category.Code(), e.Year, v.First, StoredTime.Utc(v.At), e.ChecklistCode)))
            .ToList();
        return new RegisterReplayed(replayId, requester, await ChecklistEvents.ChangedAsync(context, clock, cancellationToken), published, clock.GetUtcNow());
    }
}

/// <summary>The requests' history as pages of <see cref="InformationRequestsReplayed"/>, in the order they were received.</summary>
internal static class RequestsHistory
{
    private const int Batch = 1000;

    public static async Task TellAsync(
        PublicInformationDbContext context, Guid replayId, string requester, (DateTime At, Guid Id)? after, int events, TimeProvider clock, CancellationToken cancellationToken)
    {
        var requestClock = await context.RequestClockAsync(cancellationToken);
        await ReplayShares.TellAsync(context, PublicInformationReplayConsumer.Source, replayId, requester, after, events, async (cursor, ct) =>
        {
            var (afterAt, afterId) = (cursor?.At, cursor?.Id ?? Guid.Empty);
            var page = await context.Requests.AsNoTracking()
                .Where(r => afterAt == null || (r.ReceivedAt >= afterAt && (r.ReceivedAt > afterAt || r.Id.CompareTo(afterId) > 0)))
                .OrderBy(r => r.ReceivedAt).ThenBy(r => r.Id).Take(Batch)
                .Select(r => new { r.Id, r.Number, r.AgencyId, r.Channel, r.SourceSubmissionId, r.DueOn, r.ReceivedAt, r.ReceivedOn, r.Outcome, r.DecidedAt, r.DecidedOn })
                .ToListAsync(ct);
            if (page.Count == 0)
            {
                return null;
            }

            var ids = page.Select(r => r.Id).ToList();
            var objections = await context.Objections.AsNoTracking().Where(o => ids.Contains(o.RequestId)).ToListAsync(ct);
            var numbers = page.ToDictionary(r => r.Id, r => r.Number);
            var told = new InformationRequestsReplayed(
                replayId, requester,
                [.. page.Select(r => new InformationRequestRegistered(r.Id, r.Number, r.AgencyId, r.Channel, r.SourceSubmissionId, r.DueOn, StoredTime.Utc(r.ReceivedAt)))],
                [.. page.Where(r => r.DecidedAt is not null && r.Outcome is not null && r.DecidedOn is not null).Select(r => new InformationRequestDecided(
                    r.Id, r.Number, r.AgencyId, RequestCodes.Code(r.Outcome!.Value), requestClock.WorkingDaysBetween(r.ReceivedOn, r.DecidedOn!.Value),
                    r.SourceSubmissionId, StoredTime.Utc(r.DecidedAt!.Value), r.DecidedOn!.Value <= r.DueOn))],
                [.. objections.Select(o => new ObjectionFiled(o.Id, o.Number, o.RequestId, numbers[o.RequestId], o.AgencyId, o.Ground, o.DueOn, StoredTime.Utc(o.FiledAt)))],
                [.. objections.Where(o => o.DecidedAt is not null && o.Outcome is not null).Select(o => new ObjectionDecided(
                    o.Id, o.Number, o.RequestId, o.AgencyId, RequestCodes.Code(o.Outcome!.Value), o.CommissionDeadline ?? o.DueOn, StoredTime.Utc(o.DecidedAt!.Value)))],
                clock.GetUtcNow());
            return new ReplayShares.Page(told, told.Events, page[^1].ReceivedAt, page[^1].Id);
        }, clock, cancellationToken);
    }
}

/// <summary>A time as this module stores it (UTC, kind unspecified) as the instant an event carries.</summary>
file static class StoredTime
{
    public static DateTimeOffset Utc(DateTime at) => new(DateTime.SpecifyKind(at, DateTimeKind.Utc));
}
