using AspirasiEtam.Shared.Modules;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace AspirasiEtam.Shared.Messaging;

public static class BusRegistration
{
    /// <summary>
    /// MassTransit on the in-memory transport with every module's consumers. Delivery between modules is
    /// made reliable by the outboxes and inboxes, not by the transport (docs/adr/0002).
    /// </summary>
    public static IServiceCollection AddModuleBus(this IServiceCollection services, IReadOnlyList<IModule> modules)
    {
        services.AddSingleton<DeliveryReceipts>();
        services.AddSingleton<ConsumerRoutes>();
        services.AddMassTransit(bus =>
        {
            foreach (var module in modules)
            {
                module.AddConsumers(bus);
            }

            bus.UsingInMemory((context, transport) =>
            {
                transport.ConnectConsumeObserver(context.GetRequiredService<DeliveryReceipts>());
                transport.UseMessageRetry(retry => retry.Exponential(5, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(200)));
                transport.ConfigureEndpoints(context);
            });
        });
        return services;
    }
}
