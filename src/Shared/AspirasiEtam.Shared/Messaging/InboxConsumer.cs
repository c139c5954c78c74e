using AspirasiEtam.Shared.Contracts;
using AspirasiEtam.Shared.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace AspirasiEtam.Shared.Messaging;

/// <summary>
/// Base of every consumer: its effect and the inbox record are saved in one SaveChanges, and a message
/// already in the inbox is skipped, so the effect happens once however often the message arrives.
/// </summary>
public abstract class InboxConsumer<TMessage, TContext>(TContext context, TimeProvider clock) : IConsumer<TMessage>
    where TMessage : class, IIntegrationEvent
    where TContext : DbContext, IModuleDbContext
{
    protected TContext Context => context;

    /// <summary>The app's clock, for a consumer's own reading of the time.</summary>
    protected TimeProvider Clock => clock;

    public async Task Consume(ConsumeContext<TMessage> consumeContext)
    {
        var messageId = consumeContext.MessageId
            ?? throw new InvalidOperationException($"{typeof(TMessage).Name} arrived without a message id; the inbox needs one.");
        var consumer = GetType().FullName!;
        var cancellationToken = consumeContext.CancellationToken;

        if (await context.InboxMessages.AnyAsync(m => m.MessageId == messageId && m.Consumer == consumer, cancellationToken))
        {
            return;
        }

        await HandleAsync(consumeContext.Message, cancellationToken);
        context.InboxMessages.Add(new InboxMessage(messageId, consumer, clock.GetUtcNow().UtcDateTime));
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Either the same message was applied concurrently by another delivery (this transaction rolled back
            // whole, nothing to do) or the effect itself failed (rethrow, so the bus retries).
            if (!await AlreadyProcessedAsync(messageId, consumer))
            {
                throw;
            }
        }
    }

    protected abstract Task HandleAsync(TMessage message, CancellationToken cancellationToken);

    private async Task<bool> AlreadyProcessedAsync(Guid messageId, string consumer)
    {
        context.ChangeTracker.Clear();
        return await context.InboxMessages.AnyAsync(m => m.MessageId == messageId && m.Consumer == consumer);
    }
}
