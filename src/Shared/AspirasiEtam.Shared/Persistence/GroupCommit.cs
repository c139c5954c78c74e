using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AspirasiEtam.Shared.Persistence;

/// <summary>
/// Group commit for a module's inserts that arrive in bursts (citizens' submissions): concurrent callers hand over
/// what they want added, and one writer saves whatever has queued up in one SaveChanges — one transaction, one
/// turn at SQLite's single write lock, index pages written once per batch instead of once per row. Under no load a
/// caller's changes are saved at once, alone; under load the batches grow by themselves while a save is running.
/// When a batch fails, its items are saved again one by one, so one item's fault (say, a constraint) fails only
/// that caller. Each call completes when its own changes are committed (or throws what failed them); the queue and
/// the retry one by one are <see cref="BatchWriter{TItem}"/>'s.
/// See docs/adr/0009-group-commit-for-intake.md.
/// </summary>
public sealed class GroupCommit<TContext>
    where TContext : DbContext
{
    /// <summary>Most changes saved together: bounds a batch's transaction and its retry one by one.</summary>
    public const int MaxBatch = 64;

    private readonly IServiceScopeFactory scopes;
    private readonly BatchWriter<Action<TContext>> writer;

    public GroupCommit(IServiceScopeFactory scopes)
    {
        this.scopes = scopes;
        writer = new BatchWriter<Action<TContext>>(SaveTogetherAsync, MaxBatch);
    }

    /// <summary>
    /// Queues <paramref name="addChanges"/> (it adds entities to the writer's context; it may run twice, on a new
    /// context, when its batch failed) and completes when they are committed. Not cancellable once queued: a
    /// caller that gives up must not leave the outcome unknown to the writer.
    /// </summary>
    public Task SaveAsync(Action<TContext> addChanges) => writer.WriteAsync(addChanges);

    private async Task SaveTogetherAsync(IReadOnlyList<Action<TContext>> items)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TContext>();

        // One scan for changes after all callers added theirs, instead of one by every interceptor that lists
        // entries and another by SaveChanges: with a batch of many graphs each scan is the batch's size.
        context.ChangeTracker.AutoDetectChangesEnabled = false;
        foreach (var addChanges in items)
        {
            addChanges(context);
        }

        context.ChangeTracker.DetectChanges();
        await context.SaveChangesAsync(CancellationToken.None);
    }
}
