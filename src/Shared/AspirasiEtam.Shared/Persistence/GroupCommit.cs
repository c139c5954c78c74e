using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AspirasiEtam.Shared.Persistence;

/// <summary>
/// Group commit for a module's inserts that arrive in bursts (citizens' submissions): concurrent callers hand over
/// what they want added, and one writer saves whatever has queued up in one SaveChanges — one transaction, one
/// turn at SQLite's single write lock, index pages written once per batch instead of once per row. Under no load a
/// caller's changes are saved at once, alone; under load the batches grow by themselves while a save is running.
/// When a batch fails, its items are saved again one by one, so one item's fault (say, a constraint) fails only
/// that caller. Each call completes when its own changes are committed (or throws what failed them).
/// See docs/adr/0009-group-commit-for-intake.md.
/// </summary>
public sealed class GroupCommit<TContext>(IServiceScopeFactory scopes)
    where TContext : DbContext
{
    /// <summary>Most changes saved together: bounds a batch's transaction and its retry one by one.</summary>
    public const int MaxBatch = 64;

    private readonly ConcurrentQueue<Pending> queue = new();
    private int draining;

    /// <summary>
    /// Queues <paramref name="addChanges"/> (it adds entities to the writer's context; it may run twice, on a new
    /// context, when its batch failed) and completes when they are committed. Not cancellable once queued: a
    /// caller that gives up must not leave the outcome unknown to the writer.
    /// </summary>
    public Task SaveAsync(Action<TContext> addChanges)
    {
        var pending = new Pending(addChanges);
        queue.Enqueue(pending);
        if (Interlocked.CompareExchange(ref draining, 1, 0) == 0)
        {
            _ = Task.Run(DrainAsync);
        }

        return pending.Committed.Task;
    }

    private async Task DrainAsync()
    {
        var batch = new List<Pending>(MaxBatch);
        while (true)
        {
            while (batch.Count < MaxBatch && queue.TryDequeue(out var next))
            {
                batch.Add(next);
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

            await SaveBatchAsync(batch);
            batch.Clear();
        }
    }

    private async Task SaveBatchAsync(List<Pending> batch)
    {
        try
        {
            await SaveTogetherAsync(batch);
            foreach (var pending in batch)
            {
                pending.Committed.TrySetResult();
            }
        }
        catch (Exception ex)
        {
            if (batch.Count == 1)
            {
                batch[0].Committed.TrySetException(ex);
                return;
            }

            foreach (var pending in batch)
            {
                await SaveAloneAsync(pending);
            }
        }
    }

    private async Task SaveAloneAsync(Pending pending)
    {
        try
        {
            await SaveTogetherAsync([pending]);
            pending.Committed.TrySetResult();
        }
        catch (Exception ex)
        {
            pending.Committed.TrySetException(ex);
        }
    }

    private async Task SaveTogetherAsync(IReadOnlyList<Pending> items)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TContext>();

        // One scan for changes after all callers added theirs, instead of one by every interceptor that lists
        // entries and another by SaveChanges: with a batch of many graphs each scan is the batch's size.
        context.ChangeTracker.AutoDetectChangesEnabled = false;
        foreach (var pending in items)
        {
            pending.AddChanges(context);
        }

        context.ChangeTracker.DetectChanges();
        await context.SaveChangesAsync(CancellationToken.None);
    }

    private sealed class Pending(Action<TContext> addChanges)
    {
        public Action<TContext> AddChanges { get; } = addChanges;

        // Callers continue on their own threads, not on the writer's.
        public TaskCompletionSource Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
