using AspirasiEtam.Modules.Reports.Caching;
using AspirasiEtam.Modules.Reports.Consumers;
using AspirasiEtam.Modules.Reports.Contracts;
using AspirasiEtam.Modules.Reports.Features.ExportAgencyCards;
using AspirasiEtam.Modules.Reports.Features.GetAgencyCards;
using AspirasiEtam.Modules.Reports.Features.GetAgencyTrend;
using AspirasiEtam.Modules.Reports.Features.GetOpenData;
using AspirasiEtam.Modules.Reports.Features.RefreshFigures;
using AspirasiEtam.Modules.Reports.Features.GetDashboard;
using AspirasiEtam.Modules.Reports.Features.GetLeaderReport;
using AspirasiEtam.Modules.Reports.Jobs.SendLeaderReports;
using AspirasiEtam.Modules.Reports.Persistence;
using AspirasiEtam.Shared.Mediation;
using AspirasiEtam.Shared.Messaging;
using AspirasiEtam.Shared.Modules;
using AspirasiEtam.Shared.Persistence;
using AspirasiEtam.Shared.Security;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AspirasiEtam.Modules.Reports;

/// <summary>
/// Reports for leaders and the public: every agency's record, built only from the other modules' integration
/// events (through the inbox, exactly once), never from their tables.
/// </summary>
public sealed class ReportsModule : IModule
{
    public string Name => ReportsContracts.ModuleName;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<ReportsDbContext, SqliteReportsDbContext, SqlServerReportsDbContext>(Name, ReportsDbContext.SchemaName);
        services.AddHandlersAndValidatorsFrom(typeof(ReportsModule).Assembly);
        services.AddInboxBatches<ReportsDbContext, FactBatch>();
        services.AddScoped<IModuleSeeder, ReportsSeeder>();
        services.Configure<Microsoft.AspNetCore.OutputCaching.OutputCacheOptions>(ReportsCache.AddPolicies);
        services.AddHostedService<CatchUp>();
        services.AddHostedService<FigureRefresher>();
        services.AddHostedService<LeaderReportMailer>();
        services.AddSingleton(new NavigationLink(72, "Dasbor", "Dashboard", "/staf/kinerja", NavigationAudience.Policy, Policies.Admin));
        services.AddSingleton(new NavigationLink(40, "Kinerja OPD", "Agency record", "/kinerja"));
    }

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
        bus.AddModuleConsumer<AgencyRegisteredConsumer>(Name);
        bus.AddModuleConsumer<AgencyUpdatedConsumer>(Name);
        bus.AddModuleConsumer<AspirationSubmittedConsumer>(Name);
        bus.AddModuleConsumer<AspirationDispatchedConsumer>(Name);
        bus.AddModuleConsumer<AspirationRespondedConsumer>(Name);
        bus.AddModuleConsumer<AspirationClosedConsumer>(Name);
        bus.AddModuleConsumer<AspirationRatedConsumer>(Name);
        bus.AddModuleConsumer<AspirationReopenedConsumer>(Name);
        bus.AddModuleConsumer<AspirationReturnedConsumer>(Name);
        bus.AddModuleConsumer<AspirationsReplayedConsumer>(Name);
        bus.AddModuleConsumer<InformationRequestRegisteredConsumer>(Name);
        bus.AddModuleConsumer<InformationRequestDecidedConsumer>(Name);
        bus.AddModuleConsumer<ObjectionFiledConsumer>(Name);
        bus.AddModuleConsumer<ObjectionDecidedConsumer>(Name);
        bus.AddModuleConsumer<InformationRequestsReplayedConsumer>(Name);
        bus.AddModuleConsumer<InformationPublishedConsumer>(Name);
        bus.AddModuleConsumer<InformationWithdrawnConsumer>(Name);
        bus.AddModuleConsumer<ChecklistChangedConsumer>(Name);
        bus.AddModuleConsumer<RegisterReplayedConsumer>(Name);
        bus.AddModuleConsumer<StaffAccessChangedConsumer>(Name);
        bus.AddModuleConsumer<StaffReplayedConsumer>(Name);
        bus.AddModuleConsumer<ReplayCompletedConsumer>(Name);
        bus.AddModuleConsumer<HolidayAddedConsumer>(Name);
        bus.AddModuleConsumer<HolidayRemovedConsumer>(Name);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var open = endpoints.MapGroup("/api/reports").AllowAnonymous().WithTags("Reports");
        GetAgencyCardsEndpoint.Map(open);
        ExportAgencyCardsEndpoint.Map(open);
        GetAgencyTrendEndpoint.Map(open);
        GetOpenDataEndpoint.Map(open);

        var staff = endpoints.MapGroup("/api/staff/reports").RequireAuthorization(Policies.Staff).WithTags("Reports");
        GetLeaderReportEndpoint.Map(staff);
        var mainOffice = endpoints.MapGroup("/api/staff/reports").RequireAuthorization(Policies.Admin).WithTags("Reports");
        GetDashboardEndpoint.Map(mainOffice);
    }
}
