using AspirasiEtam.Modules.Aspirations.Contracts;
using AspirasiEtam.Modules.Reports.Contracts;
using AspirasiEtam.Shared.Messaging;

namespace AspirasiEtam.Modules.Reports.Consumers;

// The Aspirations module's facts, kept one row per aspiration. Each delivery counts once (the inbox) and each event
// sets only its own fields, so a repeated or late event leaves the figures as they were. Deliveries are applied in
// batches (FactBatch); one consumer per event keeps one endpoint, and one inbox name, per event.

internal sealed class AspirationSubmittedConsumer(InboxBatches<ReportsDbContext> batches) : FactConsumer<AspirationSubmitted>(batches);

internal sealed class AspirationDispatchedConsumer(InboxBatches<ReportsDbContext> batches) : FactConsumer<AspirationDispatched>(batches);

internal sealed class AspirationReturnedConsumer(InboxBatches<ReportsDbContext> batches) : FactConsumer<AspirationReturned>(batches);

internal sealed class AspirationRespondedConsumer(InboxBatches<ReportsDbContext> batches) : FactConsumer<AspirationResponded>(batches);

internal sealed class AspirationClosedConsumer(InboxBatches<ReportsDbContext> batches) : FactConsumer<AspirationClosed>(batches);

internal sealed class AspirationRatedConsumer(InboxBatches<ReportsDbContext> batches) : FactConsumer<AspirationRated>(batches);

internal sealed class AspirationReopenedConsumer(InboxBatches<ReportsDbContext> batches) : FactConsumer<AspirationReopened>(batches);

/// <summary>A page of the aspirations' history this module asked for (and only that); it weighs as the events it holds.</summary>
internal sealed class AspirationsReplayedConsumer(InboxBatches<ReportsDbContext> batches) : FactConsumer<AspirationsReplayed>(batches)
{
    protected override int Weight(AspirationsReplayed m) => m.Requester != ReportsContracts.ModuleName ? 1 : m.Events;
}
