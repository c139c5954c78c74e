using System.Collections.Concurrent;
using MassTransit;

namespace AspirasiEtam.Shared.Messaging;

/// <summary>
/// Tells the outbox dispatcher when a consumer has committed a message. Consumers derive from
/// <see cref="InboxConsumer{TMessage, TContext}"/>, whose <c>Consume</c> returns only after the effect and the inbox row
/// are saved (or found saved before), so a successful consume on an endpoint is the commit of that endpoint's
/// consumer; each endpoint has one consumer. A failed or unfinished consume confirms nothing, and the dispatcher sends
/// the message to that endpoint again later.
/// </summary>
/// <remarks>
/// The receipt travels in process, as the bus does (in-memory transport). With a broker between processes the
/// receipt would become a response message; the dispatcher's side would not change.
/// </remarks>
public sealed class DeliveryReceipts : IConsumeObserver
{
    private readonly ConcurrentDictionary<(Guid MessageId, string Endpoint), TaskCompletionSource> expected = new();

    /// <summary>Completes when <paramref name="endpoint"/> has committed <paramref name="messageId"/>; call before sending.</summary>
    internal Task Expect(Guid messageId, string endpoint) =>
        expected.GetOrAdd((messageId, endpoint), _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    /// <summary>Stops waiting for a receipt (the send failed or the wait timed out).</summary>
    internal void Forget(Guid messageId, string endpoint) => expected.TryRemove((messageId, endpoint), out _);

    public Task PostConsume<T>(ConsumeContext<T> context)
        where T : class
    {
        if (context.MessageId is { } messageId
            && context.ReceiveContext.InputAddress is { } address
            && expected.TryRemove((messageId, EndpointName(address)), out var receipt))
        {
            receipt.TrySetResult();
        }

        return Task.CompletedTask;
    }

    public Task PreConsume<T>(ConsumeContext<T> context)
        where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;

    /// <summary>"loopback://localhost/aspirations-agency-registered" → "aspirations-agency-registered".</summary>
    internal static string EndpointName(Uri address) => address.AbsolutePath.Trim('/');
}
