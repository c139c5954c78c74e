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
        context.OutboxMessages.Add(OutboxMessage.From(integrationEvent));
}
