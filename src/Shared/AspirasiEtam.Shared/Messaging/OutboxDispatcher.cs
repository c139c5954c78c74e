using AspirasiEtam.Shared.Mail;
using AspirasiEtam.Shared.Persistence;
using AspirasiEtam.Shared.Storage;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AspirasiEtam.Shared.Messaging;

/// <summary>
/// Delivers the events waiting in one module's outbox, oldest first, each with its outbox id as message id, to every
/// endpoint that consumes its type (<see cref="ConsumerRoutes"/>). A message counts as delivered only when each of
/// those consumers has committed it (<see cref="DeliveryReceipts"/>); until then it is sent again with exponential
/// backoff, only to the consumers that have not. Emails queued in the outbox are handed to the mail sender here.
/// </summary>
internal sealed class OutboxDispatcher<TContext>(
    IServiceScopeFactory scopes,
    IBus bus,
    ConsumerRoutes routes,
    DeliveryReceipts receipts,
    IMailSender mailSender,
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

        var failing = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var published = await DispatchBatchAsync(settings, stoppingToken);
                if (failing)
                {
                    logger.LogInformation("Outbox dispatch of {Context} works again", typeof(TContext).Name);
                    failing = false;
                }

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
                // One line per outage, not one every poll: a full disk would otherwise flood the log.
                if (!failing)
                {
                    if (StorageFaults.IsStorageFault(ex))
                    {
                        logger.LogError("Outbox dispatch of {Context} failed: {Fault}; trying again until it works", typeof(TContext).Name, StorageFaults.Describe(ex));
                    }
                    else
                    {
                        logger.LogError(ex, "Outbox dispatch of {Context} failed; trying again until it works", typeof(TContext).Name);
                    }

                    failing = true;
                }

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

    /// <summary>Returns how many messages were due (delivered or not).</summary>
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

        var deliveries = new List<Delivery>(due.Count);
        try
        {
            foreach (var message in due)
            {
                deliveries.Add(await SendAsync(message, cancellationToken));
            }

            // Every consumer of the batch commits in parallel; wait for the last, or for the timeout.
            var receipts = deliveries.SelectMany(d => d.Waiting).Select(w => w.Receipt).ToList();
            try
            {
                await Task.WhenAll(receipts).WaitAsync(settings.DeliveryTimeout, cancellationToken);
            }
            catch (TimeoutException)
            {
                // Those not confirmed are sent again after the backoff.
            }

            await RecordAsync(context, deliveries, settings, cancellationToken);
        }
        finally
        {
            foreach (var delivery in deliveries)
            {
                foreach (var (endpoint, _) in delivery.Waiting)
                {
                    receipts.Forget(delivery.Message.Id, endpoint);
                }
            }
        }

        return due.Count;
    }

    /// <summary>Sends a message to each consumer endpoint that has not committed it yet, expecting a receipt from each.</summary>
    private async Task<Delivery> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var delivery = new Delivery(message);
        try
        {
            var (payload, type) = message.Deserialize();
            if (payload is OutgoingMail mail)
            {
                await mailSender.SendAsync(mail, cancellationToken);
                return delivery;
            }

            foreach (var route in routes.For(type).Where(r => !message.WasDeliveredTo(r.Endpoint)))
            {
                delivery.Waiting.Add((route.Endpoint, receipts.Expect(message.Id, route.Endpoint)));
                var endpoint = await bus.GetSendEndpoint(new Uri($"queue:{route.Endpoint}"));
                await endpoint.Send(payload, type, Pipe.Execute<SendContext>(ctx => ctx.MessageId = message.Id), cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException && message.Type == OutboxMessage.MailType)
        {
            // Never the exception's text: a mail server's answer may quote the address.
            logger.LogWarning("Sending mail {MessageId} of {Context} failed (attempt {Attempt}): {Failure}", message.Id, typeof(TContext).Name, message.Attempts + 1, ex.GetType().Name);
            delivery.Failure = ex.GetType().Name;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Sending outbox message {MessageId} of {Context} failed (attempt {Attempt})", message.Id, typeof(TContext).Name, message.Attempts + 1);
            delivery.Failure = ex.Message;
        }

        return delivery;
    }

    /// <summary>
    /// Marks delivered the messages every consumer committed — one statement for the batch: during a burst of
    /// submissions one write per event would double the writes every submission costs. A crash before this write
    /// sends the batch again; the consumers' inboxes absorb the repeats. The others keep which consumers did commit
    /// (so a redelivery reaches only those that did not) and are tried again after the backoff.
    /// </summary>
    private async Task RecordAsync(TContext context, List<Delivery> deliveries, OutboxOptions settings, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var delivered = new List<Guid>(deliveries.Count);
        foreach (var delivery in deliveries)
        {
            var missing = delivery.Waiting.Where(w => !w.Receipt.IsCompletedSuccessfully).Select(w => w.Endpoint).ToList();
            if (delivery.Failure is null && missing.Count == 0)
            {
                delivered.Add(delivery.Message.Id);
                continue;
            }

            var message = delivery.Message;
            context.OutboxMessages.Attach(message);
            message.MarkDeliveredTo(delivery.Waiting.Where(w => w.Receipt.IsCompletedSuccessfully).Select(w => w.Endpoint));
            var error = delivery.Failure ?? $"Not committed within {settings.DeliveryTimeout} by: {string.Join(", ", missing)}";
            message.MarkFailed(error, now, settings.MaxRetryDelay);
            if (delivery.Failure is null)
            {
                logger.LogWarning("Outbox message {MessageId} of {Context} was not committed in time by {Endpoints} (attempt {Attempt}); sending it to them again later", message.Id, typeof(TContext).Name, string.Join(", ", missing), message.Attempts);
            }
        }

        if (delivered.Count > 0)
        {
            await SqliteWriteGate.WriteAsync(context, () => context.OutboxMessages
                .Where(m => delivered.Contains(m.Id))
                .ExecuteUpdateAsync(
                    set => set.SetProperty(m => m.ProcessedAt, now).SetProperty(m => m.LastError, (string?)null)
                        .SetProperty(m => m.Content, m => m.Type == OutboxMessage.MailType ? "{}" : m.Content),
                    cancellationToken), cancellationToken);
        }

        if (context.ChangeTracker.HasChanges())
        {
            await context.SaveChangesAsync(cancellationToken);
        }
    }

    private sealed class Delivery(OutboxMessage message)
    {
        public OutboxMessage Message { get; } = message;

        public List<(string Endpoint, Task Receipt)> Waiting { get; } = [];

        public string? Failure { get; set; }
    }
}
