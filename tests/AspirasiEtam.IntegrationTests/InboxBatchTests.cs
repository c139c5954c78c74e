using System.Collections.Concurrent;
using AspirasiEtam.Shared.Contracts;
using AspirasiEtam.Shared.Messaging;
using AspirasiEtam.Shared.Modules;
using AspirasiEtam.Testing;
using MassTransit;
using MassTransit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AspirasiEtam.IntegrationTests;

/// <summary>
/// The batched inbox (ADR 0016) on a real bus and a real SQLite file: deliveries that arrive together are committed
/// together, each once, a delivery is confirmed only after its batch is committed, and one bad event fails alone.
/// </summary>
public sealed class InboxBatchTests : IAsyncLifetime
{
    private readonly string dataDirectory = PortalFactory.NewDataDirectory();
    private readonly BatchSizes sizes = new();
    private ServiceProvider services = null!;

    public async Task InitializeAsync() => services = await CounterServices.StartAsync(
        dataDirectory,
        s => s.AddSingleton(sizes).AddInboxBatches<CounterDbContext, TallyBatch>(),
        x => x.AddModuleConsumer<TallyConsumer>("counter"));

    [Fact]
    public async Task Deliveries_arriving_together_are_committed_together_once_each_and_confirmed_only_when_committed()
    {
        var harness = services.GetRequiredService<ITestHarness>();
        var confirmed = new CommittedWhenConfirmed(services);
        harness.Bus.ConnectConsumeObserver(confirmed);

        // 300 events, 30 of them delivered a second time (same message id), all at once.
        var events = Enumerable.Range(100, 300).Select(n => (Id: Guid.NewGuid(), Tally: new Tallied(n, DateTimeOffset.UtcNow))).ToList();
        var sends = events.Concat(events.Take(30)).Select(e => harness.Bus.Publish(e.Tally, ctx => ctx.MessageId = e.Id));
        await Task.WhenAll(sends);

        await Eventually.Until(() => Task.FromResult(confirmed.Count), n => n == 330, what: "330 confirmed deliveries");
        Assert.Empty(confirmed.Uncommitted);
        Assert.Equal(300, await ScalarAsync(c => c.Counters.CountAsync(x => x.Id >= 100)));
        Assert.Equal(300, await ScalarAsync(c => c.InboxMessages.CountAsync()));

        // Batches formed, larger than an endpoint's default share of deliveries (16 at a time), since a batched
        // consumer's endpoint takes many at once: here 30-odd transactions instead of 300.
        Assert.True(sizes.All.Max() > 32, $"no batch grew beyond the default concurrency: {string.Join(",", sizes.All)}");
        Assert.True(sizes.All.Count < 300, $"{sizes.All.Count} batches for 300 events");
        Assert.DoesNotContain(harness.Consumed.Select<Tallied>(), m => m.Exception is not null);
    }

    [Fact]
    public async Task A_bad_event_fails_its_own_delivery_and_the_rest_of_its_batch_is_committed()
    {
        var harness = services.GetRequiredService<ITestHarness>();

        // Tally 1 collides with the seeded row: its batch fails, is applied again one by one, and only it fails.
        var good = Enumerable.Range(500, 50).Select(n => new Tallied(n, DateTimeOffset.UtcNow)).ToList();
        await Task.WhenAll(good.Take(25).Append(new Tallied(1, DateTimeOffset.UtcNow)).Concat(good.Skip(25))
            .Select(t => harness.Bus.Publish(t, ctx => ctx.MessageId = Guid.NewGuid())));

        await Eventually.Until(() => ScalarAsync(c => c.Counters.CountAsync(x => x.Id >= 500)), n => n == 50, what: "the 50 good tallies");
        Assert.True(await harness.Consumed.Any<Tallied>(m => m.Context.Message.Number == 1 && m.Exception is DbUpdateException));
        Assert.Equal(50, await ScalarAsync(c => c.InboxMessages.CountAsync()));
        Assert.Equal(0, await ScalarAsync(c => c.Counters.Where(x => x.Id == 1).Select(x => x.Value).SingleAsync()));
    }

    public async Task DisposeAsync()
    {
        await services.GetRequiredService<ITestHarness>().Stop();
        await services.DisposeAsync();
        PortalFactory.DeleteDataDirectory(dataDirectory);
    }

    private async Task<T> ScalarAsync<T>(Func<CounterDbContext, Task<T>> query)
    {
        using var scope = services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<CounterDbContext>());
    }

    /// <summary>At each confirmed delivery, looks in the database for the event's row: it must be there already.</summary>
    private sealed class CommittedWhenConfirmed(IServiceProvider services) : IConsumeObserver
    {
        private int count;

        public int Count => Volatile.Read(ref count);

        public ConcurrentBag<int> Uncommitted { get; } = [];

        public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

        public async Task PostConsume<T>(ConsumeContext<T> context) where T : class
        {
            if (context.Message is Tallied tally)
            {
                using var scope = services.CreateScope();
                if (!await scope.ServiceProvider.GetRequiredService<CounterDbContext>().Counters.AnyAsync(c => c.Id == tally.Number))
                {
                    Uncommitted.Add(tally.Number);
                }
            }

            Interlocked.Increment(ref count);
        }

        public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;
    }
}

public sealed record Tallied(int Number, DateTimeOffset OccurredAt) : IIntegrationEvent;

public sealed class TallyConsumer(InboxBatches<CounterDbContext> batches) : BatchedInboxConsumer<Tallied, CounterDbContext>(batches);

/// <summary>How many events each batch held.</summary>
public sealed class BatchSizes
{
    public ConcurrentQueue<int> Sizes { get; } = new();

    public IReadOnlyList<int> All => [.. Sizes];
}

/// <summary>Adds a row per event, numbered by the event; records the batch's size.</summary>
public sealed class TallyBatch(BatchSizes sizes) : IInboxBatchHandler<CounterDbContext>
{
    public Task ApplyAsync(CounterDbContext context, IReadOnlyList<IIntegrationEvent> events, CancellationToken cancellationToken)
    {
        sizes.Sizes.Enqueue(events.Count);
        foreach (var tally in events.Cast<Tallied>())
        {
            context.Counters.Add(new Counter { Id = tally.Number });
        }

        return Task.CompletedTask;
    }
}
