using MassTransit;

namespace AspirasiEtam.Shared.Messaging;

/// <summary>One consumer of one integration event type, listening on its own endpoint (queue).</summary>
public sealed record ConsumerRoute(Type MessageType, string Endpoint);

/// <summary>
/// Which endpoints consume each integration event type, gathered from the modules' consumer registrations
/// (<see cref="Modules.ModuleRegistration.AddModuleConsumer{TConsumer}"/>). The outbox dispatcher sends each event
/// to each of them and counts it delivered only when every one has committed it (docs/adr/0002).
/// </summary>
public sealed class ConsumerRoutes(IEnumerable<ConsumerRoute> routes)
{
    private readonly ILookup<Type, ConsumerRoute> byType = routes.ToLookup(r => r.MessageType);

    public IEnumerable<ConsumerRoute> For(Type messageType) => byType[messageType];

    /// <summary>The routes of a consumer class: one per integration event type it consumes.</summary>
    internal static IEnumerable<ConsumerRoute> Of(Type consumerType, string endpoint) =>
        from contract in consumerType.GetInterfaces()
        where contract.IsGenericType && contract.GetGenericTypeDefinition() == typeof(IConsumer<>)
        select new ConsumerRoute(contract.GetGenericArguments()[0], endpoint);
}
