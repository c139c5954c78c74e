// Each type below breaks one architecture rule on purpose. The architecture tests run every rule over this
// assembly and expect it to fail, naming the type, so that no rule can pass vacuously.
// Two fake modules live here, Alpha and Beta, shaped like real ones: a registrar, internals, Contracts.
using AspirasiEtam.Shared.Contracts;
using AspirasiEtam.Shared.Modules;
using MassTransit;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AspirasiEtam.Violations.Modules.Alpha
{
    public sealed class AlphaModule : IModule
    {
        public string Name => "alpha";

        public void AddServices(IServiceCollection services, IConfiguration configuration)
        {
        }

        public void AddConsumers(IBusRegistrationConfigurator bus)
        {
        }

        public void MapEndpoints(IEndpointRouteBuilder endpoints)
        {
        }
    }
}

namespace AspirasiEtam.Violations.Modules.Alpha.Domain
{
    /// <summary>(a) Alpha's domain reaches into Beta's persistence.</summary>
    internal sealed class ReachesIntoBeta
    {
        public Beta.Persistence.BetaStore? Store { get; set; }
    }
}

namespace AspirasiEtam.Violations.Modules.Alpha.Contracts
{
    /// <summary>(b) A contract that exposes a module internal and a framework type.</summary>
    internal sealed record LeakyEvent(Domain.ReachesIntoBeta Internal, DbContext Framework, DateTimeOffset OccurredAt) : IIntegrationEvent;

    public sealed record AlphaHappened(DateTimeOffset OccurredAt) : IIntegrationEvent;
}

namespace AspirasiEtam.Violations.Modules.Beta
{
    public sealed class BetaModule : IModule
    {
        public string Name => "beta";

        public void AddServices(IServiceCollection services, IConfiguration configuration)
        {
        }

        public void AddConsumers(IBusRegistrationConfigurator bus)
        {
        }

        public void MapEndpoints(IEndpointRouteBuilder endpoints)
        {
        }
    }
}

namespace AspirasiEtam.Violations.Modules.Beta.Persistence
{
    internal sealed class BetaStore;
}

namespace AspirasiEtam.Violations.Modules.Beta.Domain
{
    /// <summary>(c) Domain code that depends on EF Core.</summary>
    internal sealed class PersistenceAwareEntity
    {
        public DbSet<PersistenceAwareEntity>? Set { get; set; }
    }

    internal sealed class BetaThing;
}

namespace AspirasiEtam.Violations.Modules.Beta.Features
{
    /// <summary>(d) A public type in a module that is not its registrar.</summary>
    public sealed class PublicHandler;
}

namespace AspirasiEtam.Violations.Modules.Beta.Consumers
{
    /// <summary>(e) A consumer of an internal type instead of a Contracts event.</summary>
    internal sealed class ConsumesInternalType : IConsumer<Domain.BetaThing>
    {
        public Task Consume(ConsumeContext<Domain.BetaThing> context) => Task.CompletedTask;
    }

    /// <summary>Consumes another module's contract: allowed, so rule (e) must not name it.</summary>
    internal sealed class ConsumesContract : IConsumer<Alpha.Contracts.AlphaHappened>
    {
        public Task Consume(ConsumeContext<Alpha.Contracts.AlphaHappened> context) => Task.CompletedTask;
    }
}

namespace AspirasiEtam.Violations.Shared
{
    /// <summary>(f) Shared code that knows a module.</summary>
    internal static class KnowsAModule
    {
        public static string Name => new Modules.Alpha.AlphaModule().Name;
    }
}
