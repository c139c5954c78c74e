using MassTransit;

namespace AspirasiEtam.Shared.Modules;

public static class ModuleRegistration
{
    /// <summary>
    /// Registers a consumer on an endpoint named after its module, so same-named consumers in two modules
    /// never share a queue.
    /// </summary>
    public static void AddModuleConsumer<TConsumer>(this IBusRegistrationConfigurator bus, string moduleName)
        where TConsumer : class, IConsumer
    {
        var endpointName = $"{moduleName}-{KebabCaseEndpointNameFormatter.Instance.Consumer<TConsumer>()}";
        bus.AddConsumer<TConsumer>().Endpoint(e => e.Name = endpointName);
    }
}
