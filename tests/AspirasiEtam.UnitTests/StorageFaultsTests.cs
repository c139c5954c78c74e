using AspirasiEtam.Shared.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace AspirasiEtam.UnitTests;

/// <summary>What counts as the disk refusing a write, and how an outage is logged: once when it starts, once when it ends.</summary>
public sealed class StorageFaultsTests
{
    [Theory]
    [InlineData(13)] // SQLITE_FULL
    [InlineData(8)] // SQLITE_READONLY
    [InlineData(14)] // SQLITE_CANTOPEN
    [InlineData(10)] // SQLITE_IOERR
    [InlineData(778)] // SQLITE_IOERR_WRITE, an extended code of SQLITE_IOERR
    public void A_sqlite_write_the_disk_refused_is_a_storage_fault_also_inside_an_ef_core_exception(int code)
    {
        var sqlite = new SqliteException($"SQLite Error {code}", code);

        Assert.True(StorageFaults.IsStorageFault(sqlite));
        Assert.True(StorageFaults.IsStorageFault(new DbUpdateException("saving failed", sqlite)));
        Assert.Contains($"SQLite Error {code}", StorageFaults.Describe(new DbUpdateException("saving failed", sqlite)), StringComparison.Ordinal);
    }

    [Fact]
    public void Other_failures_are_not_storage_faults()
    {
        Assert.False(StorageFaults.IsStorageFault(new SqliteException("constraint", 19))); // SQLITE_CONSTRAINT: a bug or a conflict
        Assert.False(StorageFaults.IsStorageFault(new SqliteException("busy", 5))); // SQLITE_BUSY: another writer
        Assert.False(StorageFaults.IsStorageFault(new IOException("Unexpected end of Stream"))); // a body cut short
        Assert.False(StorageFaults.IsStorageFault(new BadHttpRequestException("too large", StatusCodes.Status413PayloadTooLarge)));
        Assert.False(StorageFaults.IsStorageFault(new InvalidOperationException("bug")));
    }

    [Fact]
    public void A_full_or_read_only_disk_and_an_unwritable_folder_are_storage_faults()
    {
        Assert.True(StorageFaults.IsStorageFault(new IOException("No space left on device", 28))); // ENOSPC
        Assert.True(StorageFaults.IsStorageFault(new IOException("Read-only file system", 30))); // EROFS
        Assert.True(StorageFaults.IsStorageFault(new IOException("There is not enough space on the disk", unchecked((int)0x80070070))));
        Assert.True(StorageFaults.IsStorageFault(new StorageUnavailableException("files folder", new UnauthorizedAccessException())));
    }

    [Fact]
    public async Task An_outage_is_logged_once_however_many_writes_fail_and_its_end_once()
    {
        var clock = new FakeTimeProvider();
        var log = new LogLines();
        var health = new StorageHealth(clock, log);
        var full = new SqliteException("SQLite Error 13: 'database or disk is full'.", 13);

        for (var i = 0; i < 100; i++)
        {
            health.RequestFailed(full);
        }

        Assert.Equal("files folder: IOException: No space left on device", await health.ProbeAsync("files folder", _ => throw new IOException("No space left on device", 28), default));
        Assert.True(health.RequestFailedRecently);
        var line = Assert.Single(log.Lines);
        Assert.StartsWith("Error Storage cannot be written: a request's write failed (SqliteException: SQLite Error 13", line, StringComparison.Ordinal);

        // Repaired: the probe passes once it is due again, and no request failed for a probe interval.
        clock.Advance(StorageHealth.ProbeInterval);
        Assert.Null(await health.ProbeAsync("files folder", _ => Task.CompletedTask, default));
        Assert.False(health.RequestFailedRecently);
        Assert.Equal(2, log.Lines.Count);
        Assert.StartsWith("Information Storage can be written again after 5 s; 100 requests failed", log.Lines[1], StringComparison.Ordinal);

        health.RequestFailed(full);
        Assert.Equal(3, log.Lines.Count);
    }

    [Fact]
    public async Task A_probe_runs_at_most_once_per_interval()
    {
        var clock = new FakeTimeProvider();
        var health = new StorageHealth(clock, new LogLines());
        var runs = 0;
        Task Probe(CancellationToken _)
        {
            runs++;
            return Task.CompletedTask;
        }

        await health.ProbeAsync("data folder", Probe, default);
        clock.Advance(StorageHealth.ProbeInterval / 2);
        await health.ProbeAsync("data folder", Probe, default);
        Assert.Equal(1, runs);

        clock.Advance(StorageHealth.ProbeInterval / 2);
        await health.ProbeAsync("data folder", Probe, default);
        Assert.Equal(2, runs);
    }

    private sealed class LogLines : ILogger<StorageHealth>
    {
        public List<string> Lines { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Add($"{logLevel} {formatter(state, exception)}");
    }
}
