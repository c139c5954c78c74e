using AspirasiEtam.Modules.Aspirations.Contracts;
using AspirasiEtam.Modules.Reports.Contracts;

namespace AspirasiEtam.Modules.Reports.Consumers;

// The Aspirations module's facts, kept one row per aspiration. Each delivery counts once (the inbox) and each event
// sets only its own fields, so a repeated or late event leaves the figures as they were.

internal sealed class AspirationSubmittedConsumer(ReportsDbContext context, TimeProvider clock) : FactConsumer<AspirationSubmitted>(context, clock)
{
    protected override Task LoadAsync(FactChanges changes, AspirationSubmitted m, CancellationToken cancellationToken) => changes.LoadAspirationsAsync([m.SubmissionId], cancellationToken);

    protected override void Apply(FactChanges changes, AspirationSubmitted m) => changes.Apply(m);
}

internal sealed class AspirationDispatchedConsumer(ReportsDbContext context, TimeProvider clock) : FactConsumer<AspirationDispatched>(context, clock)
{
    protected override Task LoadAsync(FactChanges changes, AspirationDispatched m, CancellationToken cancellationToken) => changes.LoadAspirationsAsync([m.SubmissionId], cancellationToken);

    protected override void Apply(FactChanges changes, AspirationDispatched m) => changes.Apply(m);
}

internal sealed class AspirationReturnedConsumer(ReportsDbContext context, TimeProvider clock) : FactConsumer<AspirationReturned>(context, clock)
{
    protected override Task LoadAsync(FactChanges changes, AspirationReturned m, CancellationToken cancellationToken) => changes.LoadAspirationsAsync([m.SubmissionId], cancellationToken);

    protected override void Apply(FactChanges changes, AspirationReturned m) => changes.Apply(m);
}

internal sealed class AspirationRespondedConsumer(ReportsDbContext context, TimeProvider clock) : FactConsumer<AspirationResponded>(context, clock)
{
    protected override Task LoadAsync(FactChanges changes, AspirationResponded m, CancellationToken cancellationToken) => changes.LoadAspirationsAsync([m.SubmissionId], cancellationToken);

    protected override void Apply(FactChanges changes, AspirationResponded m) => changes.Apply(m);
}

internal sealed class AspirationClosedConsumer(ReportsDbContext context, TimeProvider clock) : FactConsumer<AspirationClosed>(context, clock)
{
    protected override Task LoadAsync(FactChanges changes, AspirationClosed m, CancellationToken cancellationToken) => changes.LoadAspirationsAsync([m.SubmissionId], cancellationToken);

    protected override void Apply(FactChanges changes, AspirationClosed m) => changes.Apply(m);
}

internal sealed class AspirationRatedConsumer(ReportsDbContext context, TimeProvider clock) : FactConsumer<AspirationRated>(context, clock)
{
    protected override Task LoadAsync(FactChanges changes, AspirationRated m, CancellationToken cancellationToken) => changes.LoadAspirationsAsync([m.SubmissionId], cancellationToken);

    protected override void Apply(FactChanges changes, AspirationRated m) => changes.Apply(m);
}

internal sealed class AspirationReopenedConsumer(ReportsDbContext context, TimeProvider clock) : FactConsumer<AspirationReopened>(context, clock)
{
    protected override Task LoadAsync(FactChanges changes, AspirationReopened m, CancellationToken cancellationToken) => changes.LoadAspirationsAsync([m.SubmissionId], cancellationToken, withReopenings: true);

    protected override void Apply(FactChanges changes, AspirationReopened m) => changes.Apply(m);
}

/// <summary>A page of the aspirations' history this module asked for (and only that): every fact of the page in one save.</summary>
internal sealed class AspirationsReplayedConsumer(ReportsDbContext context, TimeProvider clock) : FactConsumer<AspirationsReplayed>(context, clock)
{
    protected override Task LoadAsync(FactChanges changes, AspirationsReplayed m, CancellationToken cancellationToken) => m.Requester != ReportsContracts.ModuleName ? Task.CompletedTask : changes.LoadAspirationsAsync(
        m.Submitted.Select(e => e.SubmissionId).Concat(m.Dispatched.Select(e => e.SubmissionId)).Concat(m.Returned.Select(e => e.SubmissionId))
            .Concat(m.Responded.Select(e => e.SubmissionId)).Concat(m.Reopened.Select(e => e.SubmissionId)).Concat(m.Rated.Select(e => e.SubmissionId))
            .Concat(m.Closed.Select(e => e.SubmissionId)), cancellationToken, withReopenings: m.Reopened.Count > 0);

    protected override void Apply(FactChanges changes, AspirationsReplayed m) => changes.Apply(m, ReportsContracts.ModuleName);
}
