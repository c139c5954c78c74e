using AspirasiEtam.Modules.PublicInformation.Contracts;
using AspirasiEtam.Modules.Reports.Contracts;

namespace AspirasiEtam.Modules.Reports.Consumers;

// The Public Information module's requests and objections, one row each; the same rules as the aspirations' facts.

internal sealed class InformationRequestRegisteredConsumer(ReportsDbContext context, TimeProvider clock) : FactConsumer<InformationRequestRegistered>(context, clock)
{
    protected override Task LoadAsync(FactChanges changes, InformationRequestRegistered m, CancellationToken cancellationToken) => changes.LoadRequestsAsync([m.RequestId], [], cancellationToken);

    protected override void Apply(FactChanges changes, InformationRequestRegistered m) => changes.Apply(m);
}

internal sealed class InformationRequestDecidedConsumer(ReportsDbContext context, TimeProvider clock) : FactConsumer<InformationRequestDecided>(context, clock)
{
    protected override Task LoadAsync(FactChanges changes, InformationRequestDecided m, CancellationToken cancellationToken) => changes.LoadRequestsAsync([m.RequestId], [], cancellationToken);

    protected override void Apply(FactChanges changes, InformationRequestDecided m) => changes.Apply(m);
}

internal sealed class ObjectionFiledConsumer(ReportsDbContext context, TimeProvider clock) : FactConsumer<ObjectionFiled>(context, clock)
{
    protected override Task LoadAsync(FactChanges changes, ObjectionFiled m, CancellationToken cancellationToken) => changes.LoadRequestsAsync([], [m.ObjectionId], cancellationToken);

    protected override void Apply(FactChanges changes, ObjectionFiled m) => changes.Apply(m);
}

internal sealed class ObjectionDecidedConsumer(ReportsDbContext context, TimeProvider clock) : FactConsumer<ObjectionDecided>(context, clock)
{
    protected override Task LoadAsync(FactChanges changes, ObjectionDecided m, CancellationToken cancellationToken) => changes.LoadRequestsAsync([], [m.ObjectionId], cancellationToken);

    protected override void Apply(FactChanges changes, ObjectionDecided m) => changes.Apply(m);
}

/// <summary>A page of the requests' history this module asked for (and only that): every fact of the page in one save.</summary>
internal sealed class InformationRequestsReplayedConsumer(ReportsDbContext context, TimeProvider clock) : FactConsumer<InformationRequestsReplayed>(context, clock)
{
    protected override Task LoadAsync(FactChanges changes, InformationRequestsReplayed m, CancellationToken cancellationToken) => m.Requester != ReportsContracts.ModuleName ? Task.CompletedTask : changes.LoadRequestsAsync(
        m.Registered.Select(e => e.RequestId).Concat(m.Decided.Select(e => e.RequestId)),
        m.ObjectionsFiled.Select(e => e.ObjectionId).Concat(m.ObjectionsDecided.Select(e => e.ObjectionId)), cancellationToken);

    protected override void Apply(FactChanges changes, InformationRequestsReplayed m) => changes.Apply(m, ReportsContracts.ModuleName);
}
