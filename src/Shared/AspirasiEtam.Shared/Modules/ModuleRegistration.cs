using AspirasiEtam.Shared.Messaging;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace AspirasiEtam.Shared.Modules;

public static class ModuleRegistration
{
    /// <summary>
    /// Registers a consumer on an endpoint of its own, named after its module, so same-named consumers in two
    /// modules never share a queue, and records the route so the outbox dispatchers send each event to it. The
    /// endpoint of a batched consumer (<see cref="IBatchedConsumer"/>) takes many deliveries at once, so its batches form.
    /// </summary>
    public static void AddModuleConsumer<TConsumer>(this IBusRegistrationConfigurator bus, string moduleName)
        where TConsumer : class, IConsumer
    {
        var endpointName = $"{moduleName}-{KebabCaseEndpointNameFormatter.Instance.Consumer<TConsumer>()}";
        var batched = typeof(IBatchedConsumer).IsAssignableFrom(typeof(TConsumer));
        bus.AddConsumer<TConsumer>().Endpoint(e =>
        {
            e.Name = endpointName;
            if (batched)
            {
                e.PrefetchCount = InboxBatchLimits.ConcurrentDeliveries;
                e.ConcurrentMessageLimit = InboxBatchLimits.ConcurrentDeliveries;
            }
        });
        foreach (var route in ConsumerRoutes.Of(typeof(TConsumer), endpointName))
        {
            bus.AddSingleton(route);
        }
    }
}
