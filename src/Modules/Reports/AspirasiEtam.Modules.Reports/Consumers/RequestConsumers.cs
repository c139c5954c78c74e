using AspirasiEtam.Modules.PublicInformation.Contracts;
using AspirasiEtam.Modules.Reports.Contracts;
using AspirasiEtam.Shared.Messaging;

namespace AspirasiEtam.Modules.Reports.Consumers;

// The Public Information module's requests and objections, one row each; the same rules as the aspirations' facts.

internal sealed class InformationRequestRegisteredConsumer(InboxBatches<ReportsDbContext> batches) : FactConsumer<InformationRequestRegistered>(batches);

internal sealed class InformationRequestDecidedConsumer(InboxBatches<ReportsDbContext> batches) : FactConsumer<InformationRequestDecided>(batches);

internal sealed class ObjectionFiledConsumer(InboxBatches<ReportsDbContext> batches) : FactConsumer<ObjectionFiled>(batches);

internal sealed class ObjectionDecidedConsumer(InboxBatches<ReportsDbContext> batches) : FactConsumer<ObjectionDecided>(batches);

/// <summary>A page of the requests' history this module asked for (and only that); it weighs as the events it holds.</summary>
internal sealed class InformationRequestsReplayedConsumer(InboxBatches<ReportsDbContext> batches) : FactConsumer<InformationRequestsReplayed>(batches)
{
    protected override int Weight(InformationRequestsReplayed m) => m.Requester != ReportsContracts.ModuleName ? 1 : m.Events;
}
