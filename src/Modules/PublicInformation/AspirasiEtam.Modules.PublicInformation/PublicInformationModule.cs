using AspirasiEtam.Modules.PublicInformation.Persistence;
using AspirasiEtam.Shared.Mediation;
using AspirasiEtam.Shared.Modules;
using AspirasiEtam.Shared.Persistence;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AspirasiEtam.Modules.PublicInformation;

/// <summary>Public information under UU 14/2008: the DIP register, information requests and objections.</summary>
public sealed class PublicInformationModule : IModule
{
    public string Name => "ppid";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<PublicInformationDbContext, SqlitePublicInformationDbContext, SqlServerPublicInformationDbContext>(Name, PublicInformationDbContext.SchemaName);
        services.AddHandlersAndValidatorsFrom(typeof(PublicInformationModule).Assembly);
    }

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
        // Consumes InformationRequestRaised once requests exist (public information issue).
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        // The register, requests and objections arrive with the public information issue.
    }
}
