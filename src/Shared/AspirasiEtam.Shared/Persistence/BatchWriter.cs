using System.Collections.Concurrent;

namespace AspirasiEtam.Shared.Persistence;

/// <summary>
/// One writer for work that concurrent callers hand over: whatever has queued while the last batch was written is
/// written next, together, by <c>writeTogether</c> (one transaction). Under no load a caller's item is written at once,
/// alone; under load the batches grow by themselves while a write is running. When a batch fails, its items are
/// written again one by one, so one item's fault fails only its caller. Each call completes when its own item is
/// written (or throws what failed it). Used by <see cref="GroupCommit{TContext}"/> (ADR 0009) and the batched inbox
/// (<see cref="Messaging.InboxBatches{TContext}"/>, ADR 0016).
/// </summary>
/// <param name="writeTogether">Writes the items in one transaction; it may be called again with one item of a failed batch.</param>
/// <param name="maxWeight">Most weight written together: bounds a batch's transaction and its retry one by one.</param>
/// <param name="weigh">An item's weight (1 each when null); an item heavier than <paramref name="maxWeight"/> goes alone.</param>
public sealed class BatchWriter<TItem>(Func<IReadOnlyList<TItem>, Task> writeTogether, int maxWeight, Func<TItem, int>? weigh = null)
{
    private readonly ConcurrentQueue<Pending> queue = new();
    private int draining;

    /// <summary>
    /// Queues <paramref name="item"/> and completes when it is written. Not cancellable once queued: a caller that
    /// gives up must not leave the outcome unknown to the writer.
    /// </summary>
    public Task WriteAsync(TItem item)
    {
        var pending = new Pending(item, weigh?.Invoke(item) ?? 1);
        queue.Enqueue(pending);
        if (Interlocked.CompareExchange(ref draining, 1, 0) == 0)
        {
            _ = Task.Run(DrainAsync);
        }

        return pending.Written.Task;
    }

    private async Task DrainAsync()
    {
        var batch = new List<Pending>();
        while (true)
        {
            var weight = 0;
            while (queue.TryPeek(out var next) && (batch.Count == 0 || weight + next.Weight <= maxWeight) && queue.TryDequeue(out next))
            {
                batch.Add(next);
                weight += next.Weight;
            }

            if (batch.Count == 0)
            {
                Interlocked.Exchange(ref draining, 0); // a full fence: the check below must not read before it

                // A caller that queued after the last dequeue but before the flag dropped saw the flag up and left
                // the work to this writer: take it back unless another writer has started since.
                if (queue.IsEmpty || Interlocked.CompareExchange(ref draining, 1, 0) != 0)
                {
                    return;
                }

                continue;
            }

            await WriteBatchAsync(batch);
            batch.Clear();
        }
    }

    private async Task WriteBatchAsync(List<Pending> batch)
    {
        try
        {
            await writeTogether([.. batch.Select(p => p.Item)]);
            foreach (var pending in batch)
            {
                pending.Written.TrySetResult();
            }
        }
        catch (Exception ex)
        {
            if (batch.Count == 1)
            {
                batch[0].Written.TrySetException(ex);
                return;
            }

            foreach (var pending in batch)
            {
                await WriteAloneAsync(pending);
            }
        }
    }

    private async Task WriteAloneAsync(Pending pending)
    {
        try
        {
            await writeTogether([pending.Item]);
            pending.Written.TrySetResult();
        }
        catch (Exception ex)
        {
            pending.Written.TrySetException(ex);
        }
    }

    private sealed class Pending(TItem item, int weight)
    {
        public TItem Item { get; } = item;

        public int Weight { get; } = weight;

        // Callers continue on their own threads, not on the writer's.
        public TaskCompletionSource Written { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
