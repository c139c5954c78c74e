using AspirasiEtam.Shared.Contracts;
using AspirasiEtam.Shared.Persistence;

namespace AspirasiEtam.Shared.Messaging;

public static class Outbox
{
    /// <summary>
    /// Queues an integration event in the module's outbox. It is stored by the same SaveChanges as the change
    /// that raised it, and published afterwards by the outbox dispatcher.
    /// </summary>
    public static void Publish(this IModuleDbContext context, IIntegrationEvent integrationEvent) =>
        context.Publish(Prepare(integrationEvent));

    /// <summary>
    /// An event made ready for the outbox (serialised) ahead of the SaveChanges that stores it, so that a writer
    /// saving for many callers (<see cref="Persistence.GroupCommit{TContext}"/>) only adds it.
    /// </summary>
    public static OutboxMessage Prepare(IIntegrationEvent integrationEvent) => OutboxMessage.From(integrationEvent);

    public static void Publish(this IModuleDbContext context, OutboxMessage prepared) =>
        context.OutboxMessages.Add(prepared);
}
