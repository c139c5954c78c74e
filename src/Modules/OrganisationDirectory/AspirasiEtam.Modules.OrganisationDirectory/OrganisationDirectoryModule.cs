using AspirasiEtam.Modules.OrganisationDirectory.Features.BrowseAgencies;
using AspirasiEtam.Modules.OrganisationDirectory.Features.ChangeAgencyActivation;
using AspirasiEtam.Modules.OrganisationDirectory.Features.GetAgency;
using AspirasiEtam.Modules.OrganisationDirectory.Features.GetAgencyContact;
using AspirasiEtam.Modules.OrganisationDirectory.Features.ListAgencies;
using AspirasiEtam.Modules.OrganisationDirectory.Features.ListAgencyContacts;
using AspirasiEtam.Modules.OrganisationDirectory.Features.RegisterAgency;
using AspirasiEtam.Modules.OrganisationDirectory.Features.ReplayAgencies;
using AspirasiEtam.Modules.OrganisationDirectory.Features.UpdateAgency;
using AspirasiEtam.Modules.OrganisationDirectory.Features.UpdateAgencyContact;
using AspirasiEtam.Shared.Mediation;
using AspirasiEtam.Shared.Modules;
using AspirasiEtam.Shared.Persistence;
using AspirasiEtam.Shared.Security;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AspirasiEtam.Modules.OrganisationDirectory;

/// <summary>The Organisation Directory: provincial agencies (OPD), their PPID and the categories they answer for.</summary>
public sealed class OrganisationDirectoryModule : IModule
{
    public string Name => "directory";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<DirectoryDbContext, SqliteDirectoryDbContext, SqlServerDirectoryDbContext>(Name, DirectoryDbContext.SchemaName);
        services.AddHandlersAndValidatorsFrom(typeof(OrganisationDirectoryModule).Assembly);
        services.AddScoped<IModuleSeeder, AgencySeeder>();
        services.AddSingleton(new NavigationLink(30, "Daftar OPD", "Agencies", "/opd"));
        services.AddSingleton(new NavigationLink(72, "Kontak OPD", "Agency contact", "/staf/opd", NavigationAudience.Policy, Policies.AgencyWork));
        services.AddScoped<INavigationBadge, MissingAgencyContactsBadge>();
        services.AddSingleton(new NavigationLink(81, "Kelola OPD", "Manage agencies", "/admin/opd", NavigationAudience.Policy, Policies.Admin));
    }

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
        // The directory is the source of agency data; it only answers a module that asks for it again (docs/adr/0015).
        bus.AddModuleConsumer<DirectoryReplayConsumer>(Name);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        BrowseAgenciesEndpoint.Map(endpoints);

        var contact = endpoints.MapGroup("/api/staff/agencies/{agencyId:guid}/contact")
            .RequireAuthorization(Policies.AgencyWork)
            .RequireAgencyScope()
            .WithTags("Organisation directory (agency staff)");
        GetAgencyContactEndpoint.Map(contact);
        UpdateAgencyContactEndpoint.Map(contact);

        var staff = endpoints.MapGroup("/api/staff/agencies").RequireAuthorization(Policies.AgencyWork).WithTags("Organisation directory (agency staff)");
        ListAgencyContactsEndpoint.Map(staff);

        var admin = endpoints.MapGroup("/api/admin/agencies")
            .RequireAuthorization(Policies.Admin)
            .WithTags("Organisation directory (admin)");
        ListAgenciesEndpoint.Map(admin);
        GetAgencyEndpoint.Map(admin);
        RegisterAgencyEndpoint.Map(admin);
        UpdateAgencyEndpoint.Map(admin);
        ChangeAgencyActivationEndpoint.Map(admin);
    }
}
