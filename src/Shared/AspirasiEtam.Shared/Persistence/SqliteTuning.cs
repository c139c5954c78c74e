using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace AspirasiEtam.Shared.Persistence;

/// <summary>
/// SQLite settings per connection: NORMAL synchronisation, which in WAL mode cannot corrupt the file (a power cut
/// may lose the last commits, not older ones), and a busy timeout for writers of other processes. They belong to
/// the native connection, which Microsoft.Data.Sqlite pools and reuses across opens, so they are set once per
/// native connection rather than on every open (every EF query opens one).
/// </summary>
internal sealed class SqliteConnectionTuning : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000;";

    private static readonly ConditionalWeakTable<sqlite3, object> Tuned = new();

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (NeedsTuning(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
            MarkTuned(connection);
        }
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (NeedsTuning(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
            MarkTuned(connection);
        }
    }

    private static bool NeedsTuning(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || !Tuned.TryGetValue(handle, out _);

    private static void MarkTuned(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            Tuned.AddOrUpdate(handle, Tuned);
        }
    }
}

/// <summary>
/// SQLite takes one writer at a time; many concurrent writers otherwise spin on SQLITE_BUSY with sleeps. This
/// queues this process's SaveChanges per database file instead, so writers take turns without backing off.
/// </summary>
internal sealed class SqliteWriteGate : SaveChangesInterceptor
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new();

    // Which gate a context holds during its SaveChanges; kept beside the context, so one interceptor serves all.
    private static readonly ConditionalWeakTable<DbContext, SemaphoreSlim> Held = new();

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (GateOf(eventData.Context) is { } gate)
        {
            await gate.WaitAsync(cancellationToken);
            Held.AddOrUpdate(eventData.Context!, gate);
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (GateOf(eventData.Context) is { } gate)
        {
            gate.Wait();
            Held.AddOrUpdate(eventData.Context!, gate);
        }

        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Release(eventData.Context);
        return result;
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Release(eventData.Context);

    // A lost optimistic-concurrency race does not pass through SaveChangesFailed: EF Core reports it here only, and a
    // gate not released here would stop every later write of the process.
    public override ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(ConcurrencyExceptionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult ThrowingConcurrencyException(ConcurrencyExceptionEventData eventData, InterceptionResult result)
    {
        Release(eventData.Context);
        return result;
    }

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Runs a write that bypasses SaveChanges (ExecuteUpdate, ExecuteDelete) in this process's turn at the file,
    /// like a SaveChanges; on SQL Server it simply runs.
    /// </summary>
    public static async Task<T> WriteAsync<T>(DbContext context, Func<Task<T>> write, CancellationToken cancellationToken)
    {
        if (GateOf(context) is not { } gate)
        {
            return await write();
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            return await write();
        }
        finally
        {
            gate.Release();
        }
    }

    private static void Release(DbContext? context)
    {
        if (context is not null && Held.TryGetValue(context, out var gate) && Held.Remove(context))
        {
            gate.Release();
        }
    }

    /// <summary>
    /// The gate a write of this context takes: its SQLite file's, unless the context already runs in a transaction
    /// (whoever began it holds SQLite's lock, or will take it); none on SQL Server.
    /// </summary>
    private static SemaphoreSlim? GateOf(DbContext? context) =>
        context is not null && context.Database.IsSqlite() && context.Database.CurrentTransaction is null
            ? Gates.GetOrAdd(context.Database.GetConnectionString() ?? string.Empty, _ => new SemaphoreSlim(1, 1))
            : null;
}

/// <summary>
/// A read followed by a write that must not interleave with another such of this process — a number taken from the
/// last one, say: on SQLite it runs in this process's turn at the file and in one transaction (so its own SaveChanges
/// does not queue again); on SQL Server in one transaction. Across servers a unique index stays the guard.
/// </summary>
public static class ExclusiveWrite
{
    private const int NumberingAttempts = 5;

    /// <summary>
    /// <see cref="RunAsync{T}"/> for a write that takes the next number of a register: should another server have taken
    /// the same number first, the unique index refuses this one, which forgets what it tracked, reads again and retries.
    /// </summary>
    public static async Task<T> NumberedAsync<T>(DbContext context, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await RunAsync(context, work, cancellationToken);
            }
            catch (DbUpdateException ex) when (SaveConflicts.IsDuplicateKey(ex) && attempt < NumberingAttempts)
            {
                context.ChangeTracker.Clear();
            }
        }
    }

    public static Task<T> RunAsync<T>(DbContext context, Func<Task<T>> work, CancellationToken cancellationToken) =>
        SqliteWriteGate.WriteAsync(context, async () =>
        {
            await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
            var result = await work();
            await transaction.CommitAsync(cancellationToken);
            return result;
        }, cancellationToken);
}
