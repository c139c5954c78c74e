using AspirasiEtam.Shared.Files;
using AspirasiEtam.Shared.Mail;
using AspirasiEtam.Shared.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AspirasiEtam.Shared.Storage;

/// <summary>
/// Whether the portal can write its storage now. Requests whose write the disk refused report here (the exception
/// handler), and readiness probes write a little to each place, each probe at most once per
/// <see cref="ProbeInterval"/> however often a load balancer asks. An outage is logged twice — one line when the
/// first write fails, one when every probe passes again with no request failing meanwhile — never once per request:
/// a full disk under load must not also fill the log.
/// </summary>
public sealed class StorageHealth(TimeProvider clock, ILogger<StorageHealth> logger)
{
    public static readonly TimeSpan ProbeInterval = TimeSpan.FromSeconds(5);

    private readonly Lock gate = new();
    private readonly Dictionary<string, (DateTimeOffset At, string? Failure)> probes = [];
    private DateTimeOffset? outageSince;
    private DateTimeOffset lastRequestFailure = DateTimeOffset.MinValue;
    private int failedRequests;

    /// <summary>A request failed because the disk refused its write.</summary>
    public void RequestFailed(Exception exception)
    {
        lock (gate)
        {
            lastRequestFailure = clock.GetUtcNow();
            failedRequests++;
            Begin($"a request's write failed ({StorageFaults.Describe(exception)})");
        }
    }

    /// <summary>Whether a request failed on storage within the last <see cref="ProbeInterval"/>.</summary>
    public bool RequestFailedRecently
    {
        get
        {
            lock (gate)
            {
                return clock.GetUtcNow() - lastRequestFailure < ProbeInterval;
            }
        }
    }

    /// <summary>
    /// Runs the write probe of <paramref name="place"/> unless it ran within <see cref="ProbeInterval"/>, and returns
    /// what failed, or null when the write went through.
    /// </summary>
    public async Task<string?> ProbeAsync(string place, Func<CancellationToken, Task> probe, CancellationToken cancellationToken)
    {
        (DateTimeOffset At, string? Failure) last;
        lock (gate)
        {
            probes.TryGetValue(place, out last);
        }

        if (clock.GetUtcNow() - last.At >= ProbeInterval)
        {
            last = (clock.GetUtcNow(), null);
            try
            {
                await probe(cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                last.Failure = $"{place}: {StorageFaults.Describe(ex)}";
            }
        }

        lock (gate)
        {
            probes[place] = last;
            if (last.Failure is not null)
            {
                Begin(last.Failure);
            }
            else
            {
                EndIfRecovered();
            }
        }

        return last.Failure;
    }

    /// <summary>The outage ends when every place's last probe passed and no request failed for a probe interval.</summary>
    private void EndIfRecovered()
    {
        if (outageSince is { } since && probes.Values.All(p => p.Failure is null) && clock.GetUtcNow() - lastRequestFailure >= ProbeInterval)
        {
            outageSince = null;
            logger.LogInformation(
                "Storage can be written again after {OutageSeconds:0} s; {FailedRequests} requests failed on it meanwhile", (clock.GetUtcNow() - since).TotalSeconds, failedRequests);
            failedRequests = 0;
        }
    }

    private void Begin(string failure)
    {
        if (outageSince is not null)
        {
            return;
        }

        outageSince = clock.GetUtcNow();
        logger.LogError(
            "Storage cannot be written: {Failure}. Writes answer 503 and /health/ready is Unhealthy until it can; this is logged once per outage", failure);
    }
}

/// <summary>
/// Readiness of the folders the portal writes — the SQLite data folder, uploaded files, the mail pickup folder —
/// and of the last few seconds of requests. Each module database probes its own file (ModuleDatabaseHealthCheck).
/// </summary>
internal sealed class StorageHealthCheck(
    StorageHealth health, IFileStorage files, IMailSender mail, IOptions<PersistenceOptions> persistence, IHostEnvironment environment) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        // Read before the probes, which end an outage when they pass and no request failed lately: readiness never
        // turns Healthy before the outage's end is logged.
        var failures = new List<string>();
        if (health.RequestFailedRecently)
        {
            failures.Add("a request's write failed moments ago");
        }

        foreach (var (place, directory) in Folders())
        {
            if (await health.ProbeAsync(place, _ =>
                {
                    FolderWriteProbe.Write(directory);
                    return Task.CompletedTask;
                }, cancellationToken) is { } failure)
            {
                failures.Add(failure);
            }
        }

        return failures.Count == 0 ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy(string.Join("; ", failures));
    }

    private IEnumerable<(string Place, string Directory)> Folders()
    {
        if (!persistence.Value.UsesSqlServer)
        {
            yield return ("data folder", PersistenceOptionsValidator.ResolveDataDirectory(persistence.Value, environment.ContentRootPath));
        }

        // Another file store or SMTP has no folder of ours to probe.
        if (files is LocalFileStorage local)
        {
            yield return ("files folder", local.Root);
        }

        if (mail is PickupDirectoryMailSender pickup)
        {
            yield return ("mail folder", pickup.Folder);
        }
    }
}

public static class StorageHealthRegistration
{
    /// <summary>The storage outage tracker and the readiness check of the folders (tag <c>ready</c>).</summary>
    public static IServiceCollection AddStorageHealth(this IServiceCollection services)
    {
        services.AddSingleton<StorageHealth>();
        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage", tags: ["ready"]);
        return services;
    }
}
