using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AspirasiEtam.Shared.Messaging;

/// <summary>
/// Wakes a module's outbox dispatcher when a SaveChanges of that module stored new events, so it need not poll
/// fast. One per module database (<see cref="OutboxSignal{TContext}"/>): a busy module does not wake the others.
/// A pulse while the dispatcher is busy is kept for its next wait (events saved during a dispatch round are sent
/// at once after it, not after the poll interval); many pulses before a wait make one wake-up.
/// </summary>
public abstract class OutboxSignal
{
    private readonly SemaphoreSlim pulses = new(0, 1);

    public void Pulse()
    {
        if (pulses.CurrentCount == 0)
        {
            try
            {
                pulses.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another pulse got there first: one wake-up is pending already.
            }
        }
    }

    /// <summary>Completes at once if pulsed since the last wait, else at the next pulse or after <paramref name="timeout"/>.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        // A timeout is the fallback for events stored by another process or retried after a failure.
        await pulses.WaitAsync(timeout, cancellationToken);
}

/// <summary>The outbox signal of the module database <typeparamref name="TContext"/>.</summary>
public sealed class OutboxSignal<TContext> : OutboxSignal
    where TContext : DbContext;

/// <summary>
/// Pulses its module's <see cref="OutboxSignal"/> after a SaveChanges when the context tracks unpublished outbox messages.
/// Stateless, so one instance serves every (pooled) context; a context that saved events earlier and saves
/// again pulses again, which only wakes the dispatchers to find nothing new.
/// </summary>
internal sealed class OutboxSignalInterceptor(OutboxSignal signal) : SaveChangesInterceptor
{
    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Notify(eventData.Context);
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Notify(eventData.Context);
        return base.SavedChanges(eventData, result);
    }

    private void Notify(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries<OutboxMessage>().Any(e => e.Entity.ProcessedAt == null))
        {
            signal.Pulse();
        }
    }
}
