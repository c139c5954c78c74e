// Each type below breaks one architecture rule on purpose. The architecture tests run every rule over this
// assembly and expect it to fail, naming the type, so that no rule can pass vacuously.
// Two fake modules live here, Alpha and Beta, shaped like real ones: a registrar, internals, Contracts.
using AspirasiEtam.Shared.Contracts;
using AspirasiEtam.Shared.Messaging;
using AspirasiEtam.Shared.Modules;
using AspirasiEtam.Shared.Persistence;
using MassTransit;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;
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

    /// <summary>A module context: allowed in Persistence, so rule (j) must not name it.</summary>
    internal sealed class BetaDbContext(DbContextOptions options) : ModuleDbContext(options)
    {
        protected override string Schema => "beta";
    }

    /// <summary>(j) Persistence that reaches up into a use case.</summary>
    internal sealed class SeederThatKnowsAFeature
    {
        public Features.OneRequest? Seed { get; set; }
    }
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

    internal sealed record OneRequest : IRequest<Unit>;

    internal sealed record OtherRequest : IRequest<Unit>;

    /// <summary>(g) One handler class for two use cases.</summary>
    internal sealed class TwoRequestsHandler : IRequestHandler<OneRequest, Unit>, IRequestHandler<OtherRequest, Unit>
    {
        public Task<Unit> Handle(OneRequest request, CancellationToken cancellationToken) => Task.FromResult(Unit.Value);

        public Task<Unit> Handle(OtherRequest request, CancellationToken cancellationToken) => Task.FromResult(Unit.Value);
    }

    /// <summary>One request, one handler: allowed, so rule (g) must not name it.</summary>
    internal sealed class OneRequestHandler : IRequestHandler<OneRequest, Unit>
    {
        public Task<Unit> Handle(OneRequest request, CancellationToken cancellationToken) => Task.FromResult(Unit.Value);
    }
}

namespace AspirasiEtam.Violations.Modules.Beta.Pages
{
    /// <summary>(i) A page that queries the module's database instead of sending a request.</summary>
    internal sealed class QueriesTheDatabaseModel(Persistence.BetaDbContext context) : PageModel
    {
        public int Count => context.OutboxMessages.Count();
    }

    /// <summary>A page that sends the module's requests: allowed, so rule (i) must not name it.</summary>
    internal sealed class SendsRequestsModel(IMediator mediator) : PageModel
    {
        public Task<Unit> RunAsync() => mediator.Send(new Features.OneRequest());
    }
}

namespace AspirasiEtam.Violations.Modules.Beta.Consumers
{
    /// <summary>(e) A consumer of an internal type instead of a Contracts event.</summary>
    internal sealed class ConsumesInternalType : IConsumer<Domain.BetaThing>
    {
        public Task Consume(ConsumeContext<Domain.BetaThing> context) => Task.CompletedTask;
    }

    /// <summary>Consumes another module's contract (allowed by rule e) but bypasses the inbox: (h).</summary>
    internal sealed class ConsumesContract : IConsumer<Alpha.Contracts.AlphaHappened>
    {
        public Task Consume(ConsumeContext<Alpha.Contracts.AlphaHappened> context) => Task.CompletedTask;
    }

    /// <summary>Consumes a contract through the inbox: allowed, so rule (h) must not name it.</summary>
    internal sealed class ConsumesThroughTheInbox(Persistence.BetaDbContext context, TimeProvider clock)
        : InboxConsumer<Alpha.Contracts.AlphaHappened, Persistence.BetaDbContext>(context, clock)
    {
        protected override Task HandleAsync(Alpha.Contracts.AlphaHappened message, CancellationToken cancellationToken) => Task.CompletedTask;
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
