using System.Globalization;
using AspirasiEtam.Host;
using AspirasiEtam.Testing;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace AspirasiEtam.ReliabilityTests;

/// <summary>
/// One crash run, shared by the checks of <see cref="CrashRestartTests"/>: the built host started as a process on
/// files of its own, the <see cref="Workload"/> driven against it and the host killed -9 at a random point after a
/// burst of writes, <see cref="Cycles"/> times, each time restarted on the same files; then one last start, a
/// bounded wait for the outboxes to drain and the inboxes to settle, and a read-only <see cref="Snapshot"/> of the
/// files. <c>RELIABILITY_SEED</c> and <c>RELIABILITY_CYCLES</c> (environment) repeat or lengthen a run;
/// <c>RELIABILITY_KEEP_FILES=1</c> keeps its SQLite files, mail and log for a look afterwards.
/// </summary>
public sealed class CrashRestartRun(IMessageSink diagnostics) : IAsyncLifetime
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan SettledAfter = TimeSpan.FromSeconds(3);

    private readonly string workDirectory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "aspirasi-etam-reliability", Guid.NewGuid().ToString("N"))).FullName;
    private readonly List<Cycle> cycles = [];
    private HostProcess? host;

    public int Seed { get; } = Setting("RELIABILITY_SEED") ?? Random.Shared.Next(1, 1_000_000);

    public int CycleCount { get; } = Setting("RELIABILITY_CYCLES") ?? 8;

    public Workload Workload { get; } = new();

    public IReadOnlyList<Cycle> Cycles => cycles;

    public PortalSnapshot Snapshot { get; private set; } = null!;

    /// <summary>How the wait for the outboxes ended: how long it took, and what was still unpublished.</summary>
    public (TimeSpan Took, long PendingLeft) Drain { get; private set; }

    public TimeSpan Duration { get; private set; }

    /// <summary>Where the hosts' output is kept after the run (its work folder is removed).</summary>
    public string KeptLog { get; } = Path.Combine(AppContext.BaseDirectory, "reliability-host.log");

    public string DataDirectory => Path.Combine(workDirectory, "data");

    public string Description =>
        $"seed {Seed} (RELIABILITY_SEED={Seed} repeats the choices and delays), {CycleCount} kill -9 cycles, hosts' output in {KeptLog}";

    public async Task InitializeAsync()
    {
        var started = DateTime.UtcNow;
        Say($"Crash run: {Description}");
        host = new HostProcess(HostProcess.BuiltHostDll(typeof(CrashRestartRun).Assembly), HostSettings(), Path.Combine(workDirectory, "host.log"));
        var random = new Random(Seed);
        try
        {
            for (var number = 1; number <= CycleCount; number++)
            {
                var startedAt = DateTime.UtcNow;
                await host.StartAsync(ReadyTimeout);
                var cycle = await Workload.RunCycleAsync(host, number, startedAt, random);
                cycles.Add(cycle);
                Say($"  cycle {number}: ready after {(cycle.ReadyAt - cycle.StartedAt).TotalSeconds:0.0} s, first writes answered after {(cycle.WarmedAt - cycle.ReadyAt).TotalSeconds:0.0} s, burst after {(cycle.BurstAt - cycle.WarmedAt).TotalMilliseconds:0} ms of writes, kill -9 {cycle.KillDelayMs} ms after the burst; {cycle.Attempts} writes sent");
            }

            await host.StartAsync(ReadyTimeout);
            Drain = await WaitForDrainAsync();
            Snapshot = PortalSnapshot.Read(DataDirectory, PortalModules.All.Select(m => m.Name), Workload.TitleMarker);
            host.Kill();
        }
        catch (Exception ex)
        {
            var tail = ex.Message.Contains("--- last", StringComparison.Ordinal) ? string.Empty : "\n" + host.LogTail();
            throw new InvalidOperationException($"The crash run stopped in cycle {cycles.Count + 1} ({Description}): {ex.Message}{tail}", ex);
        }

        Duration = DateTime.UtcNow - started;
        Say($"  last start: outboxes drained in {Drain.Took.TotalSeconds:0.0} s ({Drain.PendingLeft} left unpublished); run took {Duration.TotalSeconds:0} s");
    }

    public async Task DisposeAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
            File.Copy(host.LogFile, KeptLog, overwrite: true);
        }

        if (Environment.GetEnvironmentVariable("RELIABILITY_KEEP_FILES") == "1")
        {
            Say($"Files of the run kept in {workDirectory} (RELIABILITY_KEEP_FILES=1)");
        }
        else
        {
            PortalFactory.DeleteDataDirectory(workDirectory);
        }
    }

    /// <summary>A line in the test run's output (xunit diagnostic messages, shown by <c>dotnet test</c>).</summary>
    public void Say(string message) => diagnostics.OnMessage(new DiagnosticMessage(message));

    /// <summary>The cycle during which <paramref name="time"/> fell, for diagnostics.</summary>
    public string When(DateTime time)
    {
        var cycle = cycles.FirstOrDefault(c => time >= c.StartedAt && time <= c.KilledAt);
        return cycle is null
            ? $"at {Clock.Time(time)} (after the last kill)"
            : $"at {Clock.Time(time)} in cycle {cycle.Number}, {(cycle.KilledAt - time).TotalMilliseconds:0} ms before its kill";
    }

    public string LogTail() => host?.LogTail() ?? string.Empty;

    private Dictionary<string, string> HostSettings() => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Development",
        ["Persistence__Provider"] = "Sqlite",
        ["Persistence__DataDirectory"] = DataDirectory,
        ["Mail__PickupDirectory"] = Path.Combine(workDirectory, "mail"),
        ["Storage__RootDirectory"] = Path.Combine(workDirectory, "files"),
        ["DataProtection__KeysDirectory"] = Path.Combine(workDirectory, "keys"),
        ["Outbox__PollInterval"] = "00:00:00.200",
        // A failed publish is retried within the wait for the drain, not minutes later.
        ["Outbox__MaxRetryDelay"] = "00:00:02",
        // One client sends everything: the per-address limits are raised so that they refuse nothing.
        ["RateLimits__CodeRequestsPerMinute"] = "100000000",
        ["RateLimits__AccountRequestsPerMinute"] = "100000000",
        ["Logging__LogLevel__Default"] = "Information",
    };

    /// <summary>
    /// Until nothing is left unpublished in any outbox and the inboxes have not grown for a few seconds
    /// (consumers commit after the dispatcher marked a message published), at most <see cref="DrainTimeout"/>.
    /// </summary>
    private async Task<(TimeSpan, long)> WaitForDrainAsync()
    {
        var modules = PortalModules.All.Select(m => m.Name).ToList();
        var started = DateTime.UtcNow;
        var lastInboxes = -1L;
        var settledSince = DateTime.UtcNow;
        var pending = 0L;
        while (DateTime.UtcNow - started < DrainTimeout)
        {
            (pending, var inboxes) = PortalSnapshot.Progress(DataDirectory, modules);
            if (pending > 0 || inboxes != lastInboxes)
            {
                settledSince = DateTime.UtcNow;
                lastInboxes = inboxes;
            }
            else if (DateTime.UtcNow - settledSince >= SettledAfter)
            {
                break;
            }

            await Task.Delay(250);
        }

        return (DateTime.UtcNow - started, pending);
    }

    private static int? Setting(string name) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;
}
