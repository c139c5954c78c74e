using AspirasiEtam.Modules.Aspirations.Consumers;
using AspirasiEtam.Modules.Aspirations.Features.ListDispatchAgencies;
using AspirasiEtam.Modules.Aspirations.Persistence;
using AspirasiEtam.Shared.Contracts;
using AspirasiEtam.Shared.Mediation;
using AspirasiEtam.Shared.Modules;
using AspirasiEtam.Shared.Persistence;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AspirasiEtam.Modules.Aspirations;

/// <summary>Aspirasi Etam: citizens' aspirations and complaints, dispatched to agencies and followed up.</summary>
public sealed class AspirationsModule : IModule
{
    public string Name => "aspirations";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<AspirationsDbContext, SqliteAspirationsDbContext, SqlServerAspirationsDbContext>(Name, AspirationsDbContext.SchemaName);
        services.AddHandlersAndValidatorsFrom(typeof(AspirationsModule).Assembly);
    }

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
        bus.AddModuleConsumer<AgencyRegisteredConsumer>(Name);
        bus.AddModuleConsumer<AgencyUpdatedConsumer>(Name);
        bus.AddModuleConsumer<AgencyDeactivatedConsumer>(Name);
        bus.AddModuleConsumer<AgencyReactivatedConsumer>(Name);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapGroup("/api/admin/aspirations")
            .RequireAuthorization(Policies.Admin)
            .WithTags("Aspirations (admin)");
        ListDispatchAgenciesEndpoint.Map(admin);
    }
}
