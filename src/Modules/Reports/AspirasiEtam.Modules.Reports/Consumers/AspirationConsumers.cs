using AspirasiEtam.Modules.Aspirations.Contracts;
using AspirasiEtam.Shared.Persistence;

namespace AspirasiEtam.Modules.Reports.Consumers;

// The Aspirations module's facts, kept one row per aspiration. Each delivery counts once (the inbox) and each event
// sets only its own fields, so a repeated or late event leaves the figures as they were.

internal sealed class AspirationSubmittedConsumer(ReportsDbContext context, TimeProvider clock)
    : InboxConsumer<AspirationSubmitted, ReportsDbContext>(context, clock)
{
    protected override async Task HandleAsync(AspirationSubmitted m, CancellationToken cancellationToken) =>
        (await Context.Aspirations.FindOrAddAsync(m.SubmissionId, AspirationFact.Create, cancellationToken)).Submitted(m.Kind, m.CategoryCode, m.OccurredAt);
}

internal sealed class AspirationDispatchedConsumer(ReportsDbContext context, TimeProvider clock)
    : InboxConsumer<AspirationDispatched, ReportsDbContext>(context, clock)
{
    protected override async Task HandleAsync(AspirationDispatched m, CancellationToken cancellationToken) =>
        (await Context.Aspirations.FindOrAddAsync(m.SubmissionId, AspirationFact.Create, cancellationToken)).Dispatched(m.AgencyId, m.OccurredAt);
}

internal sealed class AspirationRespondedConsumer(ReportsDbContext context, TimeProvider clock)
    : InboxConsumer<AspirationResponded, ReportsDbContext>(context, clock)
{
    protected override async Task HandleAsync(AspirationResponded m, CancellationToken cancellationToken) =>
        (await Context.Aspirations.FindOrAddAsync(m.SubmissionId, AspirationFact.Create, cancellationToken)).Responded(m.AgencyId, m.OnTime, m.WorkingDays, m.OccurredAt);
}

internal sealed class AspirationClosedConsumer(ReportsDbContext context, TimeProvider clock)
    : InboxConsumer<AspirationClosed, ReportsDbContext>(context, clock)
{
    protected override async Task HandleAsync(AspirationClosed m, CancellationToken cancellationToken) =>
        (await Context.Aspirations.FindOrAddAsync(m.SubmissionId, AspirationFact.Create, cancellationToken)).Closed(m.Outcome, m.OccurredAt);
}

internal sealed class AspirationRatedConsumer(ReportsDbContext context, TimeProvider clock)
    : InboxConsumer<AspirationRated, ReportsDbContext>(context, clock)
{
    protected override async Task HandleAsync(AspirationRated m, CancellationToken cancellationToken) =>
        (await Context.Aspirations.FindOrAddAsync(m.SubmissionId, AspirationFact.Create, cancellationToken)).Rated(m.Stars, m.OccurredAt);
}

internal sealed class AspirationReopenedConsumer(ReportsDbContext context, TimeProvider clock)
    : InboxConsumer<AspirationReopened, ReportsDbContext>(context, clock)
{
    protected override async Task HandleAsync(AspirationReopened m, CancellationToken cancellationToken)
    {
        var at = m.OccurredAt.UtcDateTime;
        if (!await Context.Reopenings.AnyAsync(r => r.SubmissionId == m.SubmissionId && r.ReopenedAt == at, cancellationToken))
        {
            Context.Reopenings.Add(new AspirationReopening(m.SubmissionId, m.AgencyId, m.OccurredAt));
        }
    }
}
