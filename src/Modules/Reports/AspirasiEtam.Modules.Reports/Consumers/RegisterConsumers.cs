using AspirasiEtam.Modules.PublicInformation.Contracts;
using AspirasiEtam.Modules.Reports.Contracts;
using AspirasiEtam.Shared.Messaging;

namespace AspirasiEtam.Modules.Reports.Consumers;

// The Public Information module's register, as far as freshness goes: which entry answers for which checklist item
// and when it was last updated, withdrawals, and the checklist itself (DipFreshness).

internal sealed class InformationPublishedConsumer(InboxBatches<ReportsDbContext> batches) : FactConsumer<InformationPublished>(batches);

internal sealed class InformationWithdrawnConsumer(InboxBatches<ReportsDbContext> batches) : FactConsumer<InformationWithdrawn>(batches);

internal sealed class ChecklistChangedConsumer(InboxBatches<ReportsDbContext> batches) : FactConsumer<ChecklistChanged>(batches);

/// <summary>The register's freshness facts this module asked for (and only those); it weighs as the publications it holds.</summary>
internal sealed class RegisterReplayedConsumer(InboxBatches<ReportsDbContext> batches) : FactConsumer<RegisterReplayed>(batches)
{
    protected override int Weight(RegisterReplayed m) => m.Requester != ReportsContracts.ModuleName ? 1 : m.Events;
}
