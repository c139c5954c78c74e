using AspirasiEtam.Shared.Contracts;
using AspirasiEtam.Shared.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AspirasiEtam.Shared.Messaging;

/// <summary>
/// Applies a module's deliveries in batches: the events that arrive while a batch is being applied are applied
/// next, together, by the module's <see cref="IInboxBatchHandler{TContext}"/> — their effects and their inbox rows in
/// one save, one transaction — instead of one transaction each. A read model fed by every submission of the portal
/// keeps up with the intake this way (ADR 0016). A delivery completes only when its batch is committed, so the
/// outbox's delivery receipt still means "committed"; a batch that fails is applied again one delivery at a time
/// (<see cref="BatchWriter{TItem}"/>), so one bad event fails only its own delivery, which the bus retries.
/// </summary>
public sealed class InboxBatches<TContext>
    where TContext : DbContext, IModuleDbContext
{
    /// <summary>Most events applied in one transaction (a replayed page counts as the events it holds).</summary>
    public const int MaxEvents = 2_000;

    private readonly IServiceScopeFactory scopes;
    private readonly TimeProvider clock;
    private readonly BatchWriter<Delivery> writer;

    public InboxBatches(IServiceScopeFactory scopes, TimeProvider clock)
    {
        this.scopes = scopes;
        this.clock = clock;
        writer = new BatchWriter<Delivery>(ApplyTogetherAsync, MaxEvents, d => Math.Max(1, d.Weight));
    }

    /// <summary>Applies <paramref name="message"/> once for <paramref name="consumer"/>; completes when it is committed (or was before).</summary>
    internal Task ApplyAsync(Guid messageId, string consumer, IIntegrationEvent message, int weight) =>
        writer.WriteAsync(new Delivery(messageId, consumer, message, weight));

    private async Task ApplyTogetherAsync(IReadOnlyList<Delivery> deliveries)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TContext>();
        var handler = scope.ServiceProvider.GetRequiredService<IInboxBatchHandler<TContext>>();

        // One transaction in the module database's write turn, so the handler may also write outside SaveChanges
        // (BulkInsert) and everything commits or nothing does.
        await ExclusiveWrite.RunAsync(context, async () =>
        {
            // One read of the inbox for the batch; a message delivered twice within the batch counts once too.
            var ids = deliveries.Select(d => d.MessageId).Distinct().ToList();
            var applied = (await context.InboxMessages.AsNoTracking().Where(m => ids.Contains(m.MessageId))
                    .Select(m => new { m.MessageId, m.Consumer }).ToListAsync())
                .Select(m => (m.MessageId, m.Consumer)).ToHashSet();
            var fresh = deliveries.Where(d => applied.Add((d.MessageId, d.Consumer))).ToList();
            if (fresh.Count == 0)
            {
                return 0;
            }

            await handler.ApplyAsync(context, [.. fresh.Select(d => d.Message)], CancellationToken.None);
            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var delivery in fresh)
            {
                context.InboxMessages.Add(new InboxMessage(delivery.MessageId, delivery.Consumer, now));
            }

            return await context.SaveChangesAsync(CancellationToken.None);
        }, CancellationToken.None);
    }

    private sealed record Delivery(Guid MessageId, string Consumer, IIntegrationEvent Message, int Weight);
}

/// <summary>
/// A module's way to apply a batch of events, in the order they arrived, to its context; the caller saves it, in the
/// transaction the handler runs in (so the handler may also insert rows with <see cref="BulkInsert"/>).
/// </summary>
public interface IInboxBatchHandler<in TContext>
    where TContext : DbContext
{
    Task ApplyAsync(TContext context, IReadOnlyList<IIntegrationEvent> events, CancellationToken cancellationToken);
}

/// <summary>
/// Base of a consumer whose deliveries are applied in batches (<see cref="InboxBatches{TContext}"/>), through the inbox
/// as <see cref="InboxConsumer{TMessage, TContext}"/>'s are; its consume returns when its batch is committed. Its
/// endpoint takes <see cref="InboxBatchLimits.ConcurrentDeliveries"/> deliveries at once (see
/// <see cref="Modules.ModuleRegistration.AddModuleConsumer{TConsumer}"/>) so that batches can form.
/// </summary>
public abstract class BatchedInboxConsumer<TMessage, TContext>(InboxBatches<TContext> batches) : IConsumer<TMessage>, IBatchedConsumer
    where TMessage : class, IIntegrationEvent
    where TContext : DbContext, IModuleDbContext
{
    public Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException($"{typeof(TMessage).Name} arrived without a message id; the inbox needs one.");
        return batches.ApplyAsync(messageId, GetType().FullName!, context.Message, Weight(context.Message));
    }

    /// <summary>How many events the message holds (a replayed page more than one): batches are bounded by it.</summary>
    protected virtual int Weight(TMessage message) => 1;
}

/// <summary>Marks a consumer whose endpoint should take many deliveries at once.</summary>
public interface IBatchedConsumer;

public static class InboxBatchLimits
{
    /// <summary>
    /// How many deliveries an endpoint of a batched consumer takes at once: more than an outbox dispatcher's batch
    /// (<see cref="OutboxOptions.BatchSize"/>), so one dispatch is applied in a batch or two rather than one by one.
    /// </summary>
    public const int ConcurrentDeliveries = 256;
}

public static class InboxBatchRegistration
{
    /// <summary>Applies the batched consumers' deliveries of <typeparamref name="TContext"/> with <typeparamref name="THandler"/>.</summary>
    public static IServiceCollection AddInboxBatches<TContext, THandler>(this IServiceCollection services)
        where TContext : DbContext, IModuleDbContext
        where THandler : class, IInboxBatchHandler<TContext>
    {
        services.AddSingleton<InboxBatches<TContext>>();
        services.AddScoped<IInboxBatchHandler<TContext>, THandler>();
        return services;
    }
}
