using AspirasiEtam.Modules.Aspirations.Contracts;
using AspirasiEtam.Modules.Aspirations.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AspirasiEtam.Modules.Aspirations.Jobs.CloseAfterReplyWindow;

/// <summary>Closes answered submissions whose reporter reply window has ended.</summary>
internal sealed class ReplyWindowCloser(IServiceScopeFactory scopes, IOptions<AspirationsSettings> settings, TimeProvider clock, ILogger<ReplyWindowCloser> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await CloseDueAsync(stoppingToken);
                await Task.Delay(settings.Value.CloseCheckInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Closing ended reply windows failed; trying again later");
                await Task.Delay(settings.Value.CloseCheckInterval, clock, stoppingToken);
            }
        }
    }

    /// <summary>Returns how many submissions it closed.</summary>
    internal async Task<int> CloseDueAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<AspirationsDbContext>();
        var notifier = scope.ServiceProvider.GetRequiredService<ReporterNotifier>();
        var now = clock.GetUtcNow();
        var nowUtc = now.UtcDateTime;
        var due = await context.Submissions.Where(s => s.Status == SubmissionStatus.Responded && s.DueAt < nowUtc).OrderBy(s => s.DueAt).Take(200).ToListAsync(cancellationToken);
        foreach (var submission in due.Where(s => s.CloseIfReplyWindowEnded(now)))
        {
            context.Publish(new AspirationClosed(submission.Id, submission.AgencyId, "closed", now));
            notifier.StatusChanged(context, submission, now);
        }

        await context.SaveChangesAsync(cancellationToken);

        return due.Count;
    }
}
