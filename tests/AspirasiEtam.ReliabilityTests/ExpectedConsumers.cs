using AspirasiEtam.Host;
using AspirasiEtam.Shared.Messaging;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace AspirasiEtam.ReliabilityTests;

/// <summary>A consumer the host registers: the module whose inbox records it, its name there, and the event it takes.</summary>
/// <param name="Module">The module's name, which is also its SQLite file's name.</param>
/// <param name="Name">The consumer class's full name, the <c>Consumer</c> column of <c>InboxMessages</c>.</param>
/// <param name="EventType">The event as the outbox's <c>Type</c> column names it: "Full.Type.Name, AssemblyName".</param>
public sealed record ExpectedConsumer(string Module, string Name, string EventType)
{
    public string ShortName => Name[(Name.LastIndexOf('.') + 1)..];
}

/// <summary>
/// Which consumers each event must reach, found the way the host finds them: every module of
/// <see cref="PortalModules"/> registers its consumers on a bus, and each consumer takes the events of its
/// <c>IConsumer&lt;T&gt;</c> interfaces. A consumer added to a module is checked without touching the tests.
/// </summary>
public static class ExpectedConsumers
{
    public static IReadOnlyList<ExpectedConsumer> All { get; } = Find();

    public static ILookup<string, ExpectedConsumer> ByEventType { get; } = All.ToLookup(c => c.EventType, StringComparer.Ordinal);

    private static List<ExpectedConsumer> Find()
    {
        var found = new List<ExpectedConsumer>();
        foreach (var module in PortalModules.All)
        {
            var services = new ServiceCollection();
            services.AddMassTransit(module.AddConsumers);
            var consumers = services
                .Select(d => d.ImplementationType ?? d.ServiceType)
                .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetInterfaces().Any(IsConsumerOfMessage))
                .Distinct();
            foreach (var consumer in consumers)
            {
                if (!DerivesFromInboxConsumer(consumer))
                {
                    throw new InvalidOperationException($"{consumer.FullName} does not go through the inbox (InboxConsumer or BatchedInboxConsumer), so its deliveries cannot be checked.");
                }

                foreach (var message in consumer.GetInterfaces().Where(IsConsumerOfMessage).Select(i => i.GetGenericArguments()[0]))
                {
                    found.Add(new ExpectedConsumer(module.Name, consumer.FullName!, $"{message.FullName}, {message.Assembly.GetName().Name}"));
                }
            }
        }

        return found;
    }

    private static bool IsConsumerOfMessage(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IConsumer<>);

    private static bool DerivesFromInboxConsumer(Type type)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && (current.GetGenericTypeDefinition() == typeof(InboxConsumer<,>) || current.GetGenericTypeDefinition() == typeof(BatchedInboxConsumer<,>)))
            {
                return true;
            }
        }

        return false;
    }
}
