using MassTransit;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AspirasiEtam.Shared.Modules;

/// <summary>
/// What the host needs from a module, and nothing more. Each module has exactly one implementation
/// (its registrar, the only public type of the module assembly); the host lists them explicitly.
/// </summary>
public interface IModule
{
    /// <summary>Short name used for database files, endpoint names and logs (e.g. "directory").</summary>
    string Name { get; }

    void AddServices(IServiceCollection services, IConfiguration configuration);

    void AddConsumers(IBusRegistrationConfigurator bus);

    void MapEndpoints(IEndpointRouteBuilder endpoints);
}
