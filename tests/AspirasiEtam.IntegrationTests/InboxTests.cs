using AspirasiEtam.Shared.Contracts;
using AspirasiEtam.Shared.Messaging;
using AspirasiEtam.Shared.Persistence;
using AspirasiEtam.Testing;
using MassTransit;
using MassTransit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AspirasiEtam.IntegrationTests;

/// <summary>The inbox on a real bus and a real SQLite file: the same message twice has one effect.</summary>
public sealed class InboxTests : IAsyncLifetime
{
    private readonly string dataDirectory = PortalFactory.NewDataDirectory();
    private ServiceProvider services = null!;

    public async Task InitializeAsync() =>
        services = await CounterServices.StartAsync(dataDirectory, _ => { }, x => x.AddConsumer<CountingConsumer>());

    [Fact]
    public async Task A_message_delivered_twice_is_applied_once_and_a_new_message_again()
    {
        var harness = services.GetRequiredService<ITestHarness>();
        var deliveries = new DeliveryCounter();
        harness.Bus.ConnectConsumeObserver(deliveries);
        var messageId = Guid.NewGuid();

        await harness.Bus.Publish(new Pinged(DateTimeOffset.UtcNow), ctx => ctx.MessageId = messageId);
        await harness.Bus.Publish(new Pinged(DateTimeOffset.UtcNow), ctx => ctx.MessageId = messageId);
        await Eventually.Until(() => Task.FromResult(deliveries.Count), n => n == 2, what: "two deliveries");
        Assert.Equal(1, await CountAsync());

        await harness.Bus.Publish(new Pinged(DateTimeOffset.UtcNow), ctx => ctx.MessageId = Guid.NewGuid());
        await Eventually.Until(() => Task.FromResult(deliveries.Count), n => n == 3, what: "the third delivery");
        Assert.Equal(2, await CountAsync());
        Assert.DoesNotContain(harness.Consumed.Select<Pinged>(), m => m.Exception is not null);
    }

    public async Task DisposeAsync()
    {
        await services.GetRequiredService<ITestHarness>().Stop();
        await services.DisposeAsync();
        PortalFactory.DeleteDataDirectory(dataDirectory);
    }

    private async Task<int> CountAsync()
    {
        using var scope = services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<CounterDbContext>().Counters.SingleAsync()).Value;
    }
}

/// <summary>A real bus (MassTransit's test harness) and a real SQLite file holding one counter, for the inbox tests.</summary>
internal static class CounterServices
{
    public static async Task<ServiceProvider> StartAsync(string dataDirectory, Action<IServiceCollection> addServices, Action<IBusRegistrationConfigurator> addConsumers)
    {
        var collection = new ServiceCollection()
            .AddSingleton(TimeProvider.System)
            .AddDbContext<CounterDbContext>(o => o.UseSqlite($"Data Source={Path.Combine(dataDirectory, "counter.db")}"));
        addServices(collection);
        var services = collection.AddMassTransitTestHarness(addConsumers).BuildServiceProvider(true);
        using (var scope = services.CreateScope())
        {
            // A throw-away schema for this test-only context; the app's own contexts always migrate.
            var context = scope.ServiceProvider.GetRequiredService<CounterDbContext>();
            await context.Database.EnsureCreatedAsync();
            context.Counters.Add(new Counter { Id = 1 });
            await context.SaveChangesAsync();
        }

        await services.GetRequiredService<ITestHarness>().Start();
        return services;
    }
}

/// <summary>Counts deliveries the consumer finished, whether or not the inbox let them through.</summary>
public sealed class DeliveryCounter : IConsumeObserver
{
    private int count;

    public int Count => Volatile.Read(ref count);

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class
    {
        Interlocked.Increment(ref count);
        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;
}

public sealed record Pinged(DateTimeOffset OccurredAt) : IIntegrationEvent;

public sealed class Counter
{
    public int Id { get; set; }

    public int Value { get; set; }
}

public sealed class CounterDbContext(DbContextOptions<CounterDbContext> options) : ModuleDbContext(options)
{
    public DbSet<Counter> Counters => Set<Counter>();

    protected override string Schema => "counter";
}

public sealed class CountingConsumer(CounterDbContext context, TimeProvider clock) : InboxConsumer<Pinged, CounterDbContext>(context, clock)
{
    protected override async Task HandleAsync(Pinged message, CancellationToken cancellationToken) =>
        (await Context.Counters.SingleAsync(cancellationToken)).Value++;
}
