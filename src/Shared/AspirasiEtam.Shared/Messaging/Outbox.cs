using AspirasiEtam.Shared.Contracts;
using AspirasiEtam.Shared.Mail;
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

    /// <summary>
    /// An email made ready for the outbox: stored with the change it reports (so a saved change always gets its mail
    /// and a failed save sends none), sent by the module's outbox dispatcher with retries and backoff, and its text
    /// blanked once sent.
    /// </summary>
    public static OutboxMessage Prepare(OutgoingMail mail, DateTimeOffset at) => OutboxMessage.From(mail, at);

    /// <summary>Queues an email in the module's outbox, to be stored by the next SaveChanges (see <see cref="Prepare(OutgoingMail, DateTimeOffset)"/>).</summary>
    public static void QueueMail(this IModuleDbContext context, OutgoingMail mail, DateTimeOffset at) =>
        context.OutboxMessages.Add(Prepare(mail, at));
}
