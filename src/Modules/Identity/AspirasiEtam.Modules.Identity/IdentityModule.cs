using AspirasiEtam.Modules.Identity.Persistence;
using AspirasiEtam.Shared.Mediation;
using AspirasiEtam.Shared.Modules;
using AspirasiEtam.Shared.Persistence;
using MassTransit;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AspirasiEtam.Modules.Identity;

/// <summary>Identity and access: citizens, agency staff, roles and the agencies each officer may act for.</summary>
public sealed class IdentityModule : IModule
{
    public string Name => "identity";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<IdentityModuleDbContext, SqliteIdentityModuleDbContext, SqlServerIdentityModuleDbContext>(Name, IdentityModuleDbContext.SchemaName);
        services.AddHandlersAndValidatorsFrom(typeof(IdentityModule).Assembly);
    }

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
        // Consumes AgencyDeactivated once staff scopes exist (identity issue).
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        // Sign-in and staff management endpoints arrive with the identity issue.
    }
}
