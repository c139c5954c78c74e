using AspirasiEtam.Shared.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AspirasiEtam.Shared.Messaging;

/// <summary>
/// Publishes the events waiting in one module's outbox, oldest first, each with its outbox id as message id.
/// A failed publish is retried with exponential backoff; a message is marked published only after the bus took it,
/// and the marks of a batch are written by one statement.
/// </summary>
internal sealed class OutboxDispatcher<TContext>(
    IServiceScopeFactory scopes,
    IBus bus,
    OutboxSignal<TContext> signal,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    IHostApplicationLifetime lifetime,
    ILogger<OutboxDispatcher<TContext>> logger) : BackgroundService
    where TContext : DbContext, IModuleDbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.DispatchEnabled)
        {
            logger.LogWarning("Outbox dispatch of {Context} is disabled by configuration", typeof(TContext).Name);
            return;
        }

        // Hosted services start one by one; publishing before the bus has bound its consumers would drop
        // messages on the in-memory transport. Once the application has started, every endpoint is listening.
        if (!await ApplicationStartedAsync(stoppingToken))
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var published = await DispatchBatchAsync(settings, stoppingToken);
                if (published < settings.BatchSize)
                {
                    await signal.WaitAsync(settings.PollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Outbox dispatch of {Context} failed; trying again", typeof(TContext).Name);
                await Task.Delay(settings.PollInterval, clock, stoppingToken);
            }
        }
    }

    private async Task<bool> ApplicationStartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        using var onStopping = stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));
        try
        {
            await started.Task;
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Returns how many messages were due (published or failed).</summary>
    internal async Task<int> DispatchBatchAsync(OutboxOptions settings, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<TContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await context.OutboxMessages
            .AsNoTracking()
            .Where(m => m.ProcessedAt == null && m.NextAttemptAt <= now)
            .OrderBy(m => m.OccurredAt)
            .ThenBy(m => m.Id)
            .Take(settings.BatchSize)
            .ToListAsync(cancellationToken);

        var published = new List<Guid>(due.Count);
        foreach (var message in due)
        {
            try
            {
                var (payload, type) = message.Deserialize();
                await bus.Publish(payload, type, Pipe.Execute<PublishContext>(ctx => ctx.MessageId = message.Id), cancellationToken);
                published.Add(message.Id);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Publishing outbox message {MessageId} of {Context} failed (attempt {Attempt})", message.Id, typeof(TContext).Name, message.Attempts + 1);
                context.OutboxMessages.Attach(message);
                message.MarkFailed(ex.Message, clock.GetUtcNow().UtcDateTime, settings.MaxRetryDelay);
            }
        }

        // One statement marks the batch published: during a burst of submissions one write per event would double
        // the writes every submission costs. A crash between the publishes and this write re-sends the batch;
        // consumers' inboxes absorb the repeats (delivery is at least once either way).
        if (published.Count > 0)
        {
            var publishedAt = clock.GetUtcNow().UtcDateTime;
            await SqliteWriteGate.WriteAsync(context, () => context.OutboxMessages
                .Where(m => published.Contains(m.Id))
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.ProcessedAt, publishedAt).SetProperty(m => m.LastError, (string?)null), cancellationToken), cancellationToken);
        }

        if (context.ChangeTracker.HasChanges())
        {
            await context.SaveChangesAsync(cancellationToken);
        }

        return due.Count;
    }
}
