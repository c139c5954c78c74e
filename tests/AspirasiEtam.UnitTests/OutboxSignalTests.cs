using System.Diagnostics;
using AspirasiEtam.Shared.Messaging;
using Microsoft.EntityFrameworkCore;

namespace AspirasiEtam.UnitTests;

public sealed class OutboxSignalTests
{
    private static readonly TimeSpan Long = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_pulse_while_the_dispatcher_is_busy_wakes_its_next_wait_at_once()
    {
        var signal = new OutboxSignal<DbContext>();
        signal.Pulse(); // events saved during a dispatch round, before the dispatcher waits again
        signal.Pulse();

        var waited = Stopwatch.StartNew();
        await signal.WaitAsync(Long, CancellationToken.None);
        Assert.True(waited.Elapsed < TimeSpan.FromSeconds(5), $"the wait took {waited.Elapsed}: the pulse was lost");

        // Two pulses before a wait make one wake-up: the next wait lasts until the next pulse (or its timeout).
        var next = signal.WaitAsync(Long, CancellationToken.None);
        await Task.Delay(100);
        Assert.False(next.IsCompleted);
        signal.Pulse();
        await next.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Without_a_pulse_a_wait_ends_at_its_timeout()
    {
        var signal = new OutboxSignal<DbContext>();
        var waited = Stopwatch.StartNew();
        await signal.WaitAsync(TimeSpan.FromMilliseconds(200), CancellationToken.None);
        Assert.True(waited.Elapsed >= TimeSpan.FromMilliseconds(150), $"the wait ended after {waited.Elapsed}");
    }
}
