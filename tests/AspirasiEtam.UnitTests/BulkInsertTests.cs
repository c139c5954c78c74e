using AspirasiEtam.Shared.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AspirasiEtam.UnitTests;

/// <summary>
/// BulkInsert on a real SQLite file writes exactly what EF Core's SaveChanges writes for the same values — the same
/// storage class and text for Guids, times, flags, numbers and converted enums — so queries find both alike.
/// </summary>
public sealed class BulkInsertTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "ae-bulk-insert-" + Guid.NewGuid().ToString("N"));

    public BulkInsertTests() => Directory.CreateDirectory(directory);

    [Fact]
    public async Task Rows_written_by_BulkInsert_are_stored_as_SaveChanges_stores_them()
    {
        var options = new DbContextOptionsBuilder<FactsContext>().UseSqlite($"Data Source={Path.Combine(directory, "facts.db")}").Options;
        var at = new DateTime(2026, 11, 30, 10, 15, 30, 123, DateTimeKind.Utc);
        await using (var context = new FactsContext(options))
        {
            await context.Database.EnsureCreatedAsync();
            context.Facts.Add(Sample(Guid.NewGuid(), at));
            context.Facts.Add(Sample(Guid.NewGuid(), null));
            await context.SaveChangesAsync();
        }

        await using (var context = new FactsContext(options))
        {
            await using var transaction = await context.Database.BeginTransactionAsync();
            await BulkInsert.AddAsync(context, [Sample(Guid.NewGuid(), at), Sample(Guid.NewGuid(), null)], CancellationToken.None);
            await transaction.CommitAsync();
            Assert.Empty(context.ChangeTracker.Entries());
        }

        // Each row as SQLite holds it: storage class and text of every column, the id aside.
        var stored = new List<string>();
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(directory, "facts.db")}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """
                SELECT typeof(Id) || length(Id) || (Id = upper(Id)) || '|' || typeof(AgencyId) || AgencyId || '|' || typeof(At) || ifnull(At, '') || '|' ||
                       typeof(OnTime) || OnTime || '|' || typeof(Days) || Days || '|' || typeof(Kind) || Kind || '|' || typeof(Text) || Text
                FROM Facts ORDER BY rowid
                """;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                stored.Add(reader.GetString(0));
            }
        }

        // The same two rows (one with a time, one without), whichever order SaveChanges wrote its two in.
        Assert.Equal(4, stored.Count);
        Assert.Equal(stored.Take(2).Order(StringComparer.Ordinal), stored.Skip(2).Order(StringComparer.Ordinal));
        Assert.Contains(stored, row => row.Contains("|text2026-11-30 10:15:30.123|", StringComparison.Ordinal));
        await using (var context = new FactsContext(options))
        {
            Assert.Equal(4, await context.Facts.CountAsync(f => f.AgencyId == Agency && f.Kind == FactKind.Answered));
            Assert.Equal(2, await context.Facts.CountAsync(f => f.At >= at.AddSeconds(-1) && f.At < at.AddSeconds(1)));
        }
    }

    [Fact]
    public async Task Outside_a_transaction_it_refuses_to_write()
    {
        var options = new DbContextOptionsBuilder<FactsContext>().UseSqlite($"Data Source={Path.Combine(directory, "alone.db")}").Options;
        await using var context = new FactsContext(options);
        await context.Database.EnsureCreatedAsync();
        await Assert.ThrowsAsync<InvalidOperationException>(() => BulkInsert.AddAsync(context, [Sample(Guid.NewGuid(), null)], CancellationToken.None));
        Assert.Equal(0, await context.Facts.CountAsync());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    private static readonly Guid Agency = Guid.Parse("01a22df4-5287-7c6b-a8a2-69bb7d00478e");

    private static StoredFact Sample(Guid id, DateTime? at) => new()
    {
        Id = id, AgencyId = Agency, At = at, OnTime = true, Days = 4, Kind = FactKind.Answered, Text = "Dijawab tepat waktu",
    };
}

internal enum FactKind
{
    Received,
    Answered,
}

internal sealed class StoredFact
{
    public Guid Id { get; set; }

    public Guid AgencyId { get; set; }

    public DateTime? At { get; set; }

    public bool? OnTime { get; set; }

    public int Days { get; set; }

    public FactKind Kind { get; set; }

    public string Text { get; set; } = string.Empty;
}

internal sealed class FactsContext(DbContextOptions<FactsContext> options) : DbContext(options)
{
    public DbSet<StoredFact> Facts => Set<StoredFact>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.Entity<StoredFact>(fact =>
    {
        fact.ToTable("Facts");
        fact.Property(f => f.Id).ValueGeneratedNever();
        fact.Property(f => f.Kind).HasConversion<string>().HasMaxLength(20);
    });
}
