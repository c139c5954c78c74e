using AspirasiEtam.Shared.Caching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace AspirasiEtam.UnitTests;

/// <summary>The in-memory copies of module data: who waits for a load, who is served the older copy, and what is kept.</summary>
public sealed class MemorySnapshotTests
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero));
    private readonly ServiceProvider services = new ServiceCollection().BuildServiceProvider();
    private int loads;
    private TaskCompletionSource<string>? gate;

    [Fact]
    public async Task A_copy_is_loaded_once_and_kept_until_it_ages()
    {
        var snapshot = Snapshot();
        var first = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => snapshot.GetAsync()));
        Assert.All(first, v => Assert.Equal("v1", v));
        Assert.Equal(1, loads);

        clock.Advance(TimeSpan.FromSeconds(9));
        Assert.Equal("v1", await snapshot.GetAsync());
        Assert.Equal(1, loads);
    }

    [Fact]
    public async Task An_aged_copy_is_served_while_the_next_loads_and_an_invalidated_one_never()
    {
        var snapshot = Snapshot();
        Assert.Equal("v1", await snapshot.GetAsync());

        // Aged: callers get v1 at once while v2 loads (held open here), then v2.
        gate = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        clock.Advance(TimeSpan.FromSeconds(11));
        Assert.Equal("v1", await snapshot.GetAsync().WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Equal("v1", await snapshot.GetAsync().WaitAsync(TimeSpan.FromSeconds(5)));
        gate.SetResult("released");
        await WaitForAsync(async () => await snapshot.GetAsync() == "v2");
        Assert.Equal(2, loads);

        // Invalidated (a commit changed the source): callers wait for the new load.
        gate = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        snapshot.Invalidate();
        var waiting = snapshot.GetAsync();
        await Task.Delay(100);
        Assert.False(waiting.IsCompleted);
        gate.SetResult("released");
        Assert.Equal("v3", await waiting.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task A_copy_loaded_across_an_invalidation_answers_its_callers_but_is_not_kept()
    {
        var snapshot = Snapshot();
        gate = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var waiting = snapshot.GetAsync();
        snapshot.Invalidate();
        gate.SetResult("released");
        Assert.Equal("v1", await waiting.WaitAsync(TimeSpan.FromSeconds(5)));

        gate = null;
        Assert.Equal("v2", await snapshot.GetAsync());
        Assert.Equal("v2", await snapshot.GetAsync());
        Assert.Equal(2, loads);
    }

    [Fact]
    public async Task A_failed_load_reaches_the_callers_that_waited_and_the_next_caller_loads_again()
    {
        var fail = true;
        var snapshot = new MemorySnapshot<string>(clock, services.GetRequiredService<IServiceScopeFactory>(), NullLogger<MemorySnapshot<string>>.Instance, TimeSpan.FromSeconds(10),
            (_, _) => fail ? throw new InvalidOperationException("database down") : Task.FromResult("ok"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => snapshot.GetAsync());
        fail = false;
        Assert.Equal("ok", await snapshot.GetAsync());
    }

    private MemorySnapshot<string> Snapshot() =>
        new(clock, services.GetRequiredService<IServiceScopeFactory>(), NullLogger<MemorySnapshot<string>>.Instance, TimeSpan.FromSeconds(10), async (_, _) =>
        {
            var number = Interlocked.Increment(ref loads);
            if (gate is { } held)
            {
                await held.Task;
            }

            return $"v{number}";
        });

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 100 && !await condition(); i++)
        {
            await Task.Delay(20);
        }

        Assert.True(await condition());
    }
}
