using AspirasiEtam.Modules.Reports.Contracts;
using AspirasiEtam.Shared.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AspirasiEtam.Modules.Reports.Consumers;

/// <summary>
/// At start, asks each source module it has never heard from in this database to tell its facts again
/// (docs/adr/0015): a Reports module added to a running portal, or whose database was rebuilt, catches up with the
/// history it missed. The request leaves through the module's outbox with the row that records it, so it is asked
/// once, and asked again after a crash before the save.
/// </summary>
internal sealed class CatchUp(IServiceScopeFactory scopes, TimeProvider clock, ILogger<CatchUp> logger) : BackgroundService
{
    /// <summary>The modules whose facts the read models are built from.</summary>
    public static readonly IReadOnlyList<string> Sources = ["directory", "identity", "aspirations", "ppid"];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // A fault here (the database busy or unwritable at start) must not stop the host, as an unhandled exception in
        // a background service does: it is logged and the request is tried again until it is saved.
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await AskAsync(stoppingToken);
                return;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning("Reports could not ask its sources to replay ({Error}); trying again", ex.GetType().Name);
                await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
            }
        }
    }

    private async Task AskAsync(CancellationToken stoppingToken)
    {
        using var scope = scopes.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<ReportsDbContext>();
        var asked = await context.Replays.Select(r => r.Source).ToListAsync(stoppingToken);
        foreach (var source in Sources.Except(asked))
        {
            var replay = new SourceReplay(source, Guid.CreateVersion7(), clock.GetUtcNow());
            context.Replays.Add(replay);
            context.Publish(new ReplayRequested(replay.ReplayId, ReportsContracts.ModuleName, source, clock.GetUtcNow()));
            logger.LogInformation("Reports asked {Source} to replay its facts", source);
        }

        await context.SaveChangesAsync(stoppingToken);
    }
}

/// <summary>A source told everything again: the module's figures include the history it had missed.</summary>
internal sealed class ReplayCompletedConsumer(ReportsDbContext context, TimeProvider clock)
    : InboxConsumer<ReplayCompleted, ReportsDbContext>(context, clock)
{
    protected override async Task HandleAsync(ReplayCompleted m, CancellationToken cancellationToken)
    {
        if (m.Requester == ReportsContracts.ModuleName && await Context.Replays.FirstOrDefaultAsync(r => r.Source == m.Source && r.ReplayId == m.ReplayId, cancellationToken) is { } replay)
        {
            replay.Complete(m.Events, m.OccurredAt);
        }
    }
}
