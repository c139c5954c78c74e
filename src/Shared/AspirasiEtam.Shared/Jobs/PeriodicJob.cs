using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AspirasiEtam.Shared.Jobs;

/// <summary>
/// A background job that runs at start and then every <see cref="Interval"/> on the app's clock (a fake one in
/// tests). A failed run is logged and the job tries again at the next; stopping the host ends it.
/// </summary>
public abstract class PeriodicJob(TimeProvider clock, ILogger logger) : BackgroundService
{
    /// <summary>The app's clock, for the job's own reading of the time.</summary>
    protected TimeProvider Clock => clock;

    protected abstract TimeSpan Interval { get; }

    protected abstract Task RunOnceAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
                await Task.Delay(Interval, clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "{Job} failed; trying again in {Interval}", GetType().Name, Interval);
                await Task.Delay(Interval, clock, stoppingToken);
            }
        }
    }
}
