using AspirasiEtam.Modules.Aspirations.Consumers;
using AspirasiEtam.Modules.Aspirations.Features;
using AspirasiEtam.Modules.Aspirations.Features.Open311;
using AspirasiEtam.Modules.Aspirations.Features.ListDispatchAgencies;
using AspirasiEtam.Modules.Aspirations.Persistence;
using AspirasiEtam.Modules.Aspirations.Workflow;
using AspirasiEtam.Shared.Contracts;
using AspirasiEtam.Shared.Mediation;
using AspirasiEtam.Shared.Modules;
using AspirasiEtam.Shared.Persistence;
using AspirasiEtam.Shared.Web;
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
        services.Configure<AspirationsSettings>(configuration.GetSection(AspirationsSettings.SectionName));
        services.AddSingleton<ReferenceData>();
        services.AddSingleton<IModuleInterceptor<AspirationsDbContext>, AspirationsChangeWatcher>();
        services.AddScoped<Deadlines>();
        services.AddScoped<ReporterNotifier>();
        services.AddScoped<IModuleSeeder, AspirationsSeeder>();
        services.AddHostedService<ReplyWindowCloser>();
        services.AddHostedService<OverdueDigest>();
        services.AddSingleton(new NavigationLink(10, "Aspirasi", "Aspirations", "/aspirasi"));
        services.AddSingleton(new NavigationLink(11, "Kirim aspirasi", "Send an aspiration", "/aspirasi/baru"));
        services.AddSingleton(new NavigationLink(12, "Lacak", "Track", "/lacak"));
        services.AddSingleton(new NavigationLink(70, "Kotak masuk", "Inbox", "/staf/aspirasi", NavigationAudience.Policy, Policies.Staff));
    }

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
        bus.AddModuleConsumer<AgencyRegisteredConsumer>(Name);
        bus.AddModuleConsumer<AgencyUpdatedConsumer>(Name);
        bus.AddModuleConsumer<AgencyDeactivatedConsumer>(Name);
        bus.AddModuleConsumer<AgencyReactivatedConsumer>(Name);
        bus.AddModuleConsumer<StaffAccessChangedConsumer>(Name);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapGroup("/api/admin/aspirations")
            .RequireAuthorization(Policies.Admin)
            .WithTags("Aspirations (admin)");
        ListDispatchAgenciesEndpoint.Map(admin);
        AspirationEndpoints.MapPublic(endpoints);
        AspirationEndpoints.MapAdmin(endpoints);
        AspirationEndpoints.MapStaff(endpoints);
        AspirationEndpoints.MapTemplates(endpoints);
        Open311Endpoints.Map(endpoints);
    }
}
