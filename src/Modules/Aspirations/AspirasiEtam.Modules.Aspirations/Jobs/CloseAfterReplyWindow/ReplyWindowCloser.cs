using AspirasiEtam.Modules.Aspirations.Contracts;
using AspirasiEtam.Modules.Aspirations.Notifications;
using AspirasiEtam.Shared.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AspirasiEtam.Modules.Aspirations.Jobs.CloseAfterReplyWindow;

/// <summary>Closes answered submissions whose reporter reply window has ended.</summary>
internal sealed class ReplyWindowCloser(IServiceScopeFactory scopes, IOptions<AspirationsSettings> settings, TimeProvider clock, ILogger<ReplyWindowCloser> logger)
    : PeriodicJob(clock, logger)
{
    protected override TimeSpan Interval => settings.Value.CloseCheckInterval;

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => CloseDueAsync(cancellationToken);

    /// <summary>Returns how many submissions it closed.</summary>
    internal async Task<int> CloseDueAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<AspirationsDbContext>();
        var notifier = scope.ServiceProvider.GetRequiredService<ReporterNotifier>();
        var now = Clock.GetUtcNow();
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
