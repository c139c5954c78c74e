using AspirasiEtam.Shared.Messaging;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace AspirasiEtam.Shared.Modules;

public static class ModuleRegistration
{
    /// <summary>
    /// Registers a consumer on an endpoint of its own, named after its module, so same-named consumers in two
    /// modules never share a queue, and records the route so the outbox dispatchers send each event to it.
    /// </summary>
    public static void AddModuleConsumer<TConsumer>(this IBusRegistrationConfigurator bus, string moduleName)
        where TConsumer : class, IConsumer
    {
        var endpointName = $"{moduleName}-{KebabCaseEndpointNameFormatter.Instance.Consumer<TConsumer>()}";
        bus.AddConsumer<TConsumer>().Endpoint(e => e.Name = endpointName);
        foreach (var route in ConsumerRoutes.Of(typeof(TConsumer), endpointName))
        {
            bus.AddSingleton(route);
        }
    }
}
