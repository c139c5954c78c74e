using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AspirasiEtam.Shared.Persistence;

/// <summary>
/// Notes what a save is about to change and acts on it once it is committed — after the commit, not before: a read
/// between an early drop of an in-memory copy or cached response and the commit would cache the old state (ADR 0008).
/// A save inside an explicit transaction (<c>ExclusiveWrite</c>) is acted on when that transaction commits; a failed
/// save or a rolled-back transaction forgets what was noted. All of a module's changes go through the change tracker,
/// so none escapes a watcher built on this.
/// </summary>
public abstract class AfterCommitInterceptor<TChanges> : SaveChangesInterceptor, IDbTransactionInterceptor
    where TChanges : class
{
    private readonly ConditionalWeakTable<DbContext, TChanges> pending = new();
    private readonly ConditionalWeakTable<DbContext, List<TChanges>> awaitingCommit = new();

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Take(eventData.Context) is { } changes && !AwaitCommit(eventData.Context!, changes))
        {
            await CommittedAsync(changes);
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Take(eventData.Context) is { } changes && !AwaitCommit(eventData.Context!, changes))
        {
            CommittedAsync(changes).AsTask().GetAwaiter().GetResult();
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Take(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Take(eventData.Context);
        return Task.CompletedTask;
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        foreach (var changes in TakeCommitted(eventData.Context))
        {
            await CommittedAsync(changes);
        }
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        foreach (var changes in TakeCommitted(eventData.Context))
        {
            CommittedAsync(changes).AsTask().GetAwaiter().GetResult();
        }
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => TakeCommitted(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TakeCommitted(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>
    /// What the save about to run changes that matters to this watcher, or null when nothing does. Interceptors run
    /// before SaveChanges detects changes itself; <c>ChangeTracker.Entries()</c> detects them, once.
    /// </summary>
    protected abstract TChanges? Inspect(DbContext context);

    /// <summary>Acts on what a committed save changed.</summary>
    protected abstract ValueTask CommittedAsync(TChanges changes);

    private void Note(DbContext? context)
    {
        if (context is not null && Inspect(context) is { } changes)
        {
            pending.AddOrUpdate(context, changes);
        }
    }

    private TChanges? Take(DbContext? context) =>
        context is not null && pending.TryGetValue(context, out var changes) && pending.Remove(context) ? changes : null;

    private bool AwaitCommit(DbContext context, TChanges changes)
    {
        if (context.Database.CurrentTransaction is null)
        {
            return false;
        }

        awaitingCommit.GetOrCreateValue(context).Add(changes);
        return true;
    }

    private List<TChanges> TakeCommitted(DbContext? context) =>
        context is not null && awaitingCommit.TryGetValue(context, out var list) && awaitingCommit.Remove(context) ? list : [];
}
