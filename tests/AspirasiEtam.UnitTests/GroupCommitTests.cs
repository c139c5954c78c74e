using System.Collections.Concurrent;
using AspirasiEtam.Shared.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace AspirasiEtam.UnitTests;

/// <summary>Group commit on a real SQLite file: who is saved with whom, and who learns of a failure.</summary>
public sealed class GroupCommitTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly string directory = Path.Combine(Path.GetTempPath(), "ae-group-commit-" + Guid.NewGuid().ToString("N"));
    private readonly SaveCounter saves = new();
    private readonly ServiceProvider services;
    private readonly GroupCommit<NotesContext> commit;

    public GroupCommitTests()
    {
        Directory.CreateDirectory(directory);
        var connectionString = $"Data Source={Path.Combine(directory, "notes.db")}";
        services = new ServiceCollection()
            .AddDbContext<NotesContext>(options => options.UseSqlite(connectionString).AddInterceptors(saves))
            .BuildServiceProvider();
        using (var scope = services.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<NotesContext>().Database.EnsureCreated();
        }

        commit = new GroupCommit<NotesContext>(services.GetRequiredService<IServiceScopeFactory>());
    }

    [Fact]
    public async Task Callers_who_queue_while_a_save_runs_are_saved_together_in_batches_of_at_most_MaxBatch()
    {
        var (first, release) = StartBlockedSave(id: 1);

        var others = Enumerable.Range(2, 100).Select(id => commit.SaveAsync(c => c.Notes.Add(new Note { Id = id }))).ToList();
        release.Set();
        await first.WaitAsync(Patience);
        await Task.WhenAll(others).WaitAsync(Patience);

        Assert.Equal([1, GroupCommit<NotesContext>.MaxBatch, 100 - GroupCommit<NotesContext>.MaxBatch], saves.Sizes);
        Assert.Equal(101, await CountAsync());
    }

    [Fact]
    public async Task A_failing_change_fails_only_its_caller_and_the_rest_of_its_batch_is_saved()
    {
        var (first, release) = StartBlockedSave(id: 1);

        var good = Enumerable.Range(2, 5).Select(id => commit.SaveAsync(c => c.Notes.Add(new Note { Id = id }))).ToList();
        var duplicate = commit.SaveAsync(c => c.Notes.Add(new Note { Id = 1 }));
        release.Set();
        await first.WaitAsync(Patience);

        await Task.WhenAll(good).WaitAsync(Patience);
        await Assert.ThrowsAsync<DbUpdateException>(() => duplicate.WaitAsync(Patience));
        Assert.Equal(6, await CountAsync());
    }

    [Fact]
    public async Task A_caller_alone_is_saved_at_once()
    {
        await commit.SaveAsync(c => c.Notes.Add(new Note { Id = 7 })).WaitAsync(Patience);
        await commit.SaveAsync(c => c.Notes.Add(new Note { Id = 8 })).WaitAsync(Patience);

        Assert.Equal([1, 1], saves.Sizes);
        Assert.Equal(2, await CountAsync());
    }

    public void Dispose()
    {
        services.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    /// <summary>A first save that waits inside the writer until released, so that others queue up behind it.</summary>
    private (Task Saved, ManualResetEventSlim Release) StartBlockedSave(int id)
    {
        var started = new ManualResetEventSlim();
        var release = new ManualResetEventSlim();
        var saved = commit.SaveAsync(c =>
        {
            started.Set();
            release.Wait(Patience);
            c.Notes.Add(new Note { Id = id });
        });
        Assert.True(started.Wait(Patience));
        return (saved, release);
    }

    private async Task<int> CountAsync()
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NotesContext>().Notes.CountAsync();
    }

    private sealed class SaveCounter : SaveChangesInterceptor
    {
        private readonly ConcurrentQueue<int> sizes = new();

        public IReadOnlyList<int> Sizes => [.. sizes];

        public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            sizes.Enqueue(result);
            return ValueTask.FromResult(result);
        }
    }
}

internal sealed class NotesContext(DbContextOptions<NotesContext> options) : DbContext(options)
{
    public DbSet<Note> Notes => Set<Note>();
}

internal sealed class Note
{
    public int Id { get; set; }

    public string Text { get; set; } = string.Empty;
}
