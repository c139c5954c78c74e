using AspirasiEtam.Modules.PublicInformation.Caching;
using AspirasiEtam.Modules.PublicInformation.Consumers;
using AspirasiEtam.Modules.PublicInformation.Features.AnnounceEntry;
using AspirasiEtam.Modules.PublicInformation.Features.DeclareExempt;
using AspirasiEtam.Modules.PublicInformation.Features.DraftEntry;
using AspirasiEtam.Modules.PublicInformation.Features.ExportRegister;
using AspirasiEtam.Modules.PublicInformation.Features.GetEntry;
using AspirasiEtam.Modules.PublicInformation.Features.GetPpidPage;
using AspirasiEtam.Modules.PublicInformation.Features.GetPublishedEntry;
using AspirasiEtam.Modules.PublicInformation.Features.GetScorecard;
using AspirasiEtam.Modules.PublicInformation.Features.ImportEntries;
using AspirasiEtam.Modules.PublicInformation.Features.ListChecklistItems;
using AspirasiEtam.Modules.PublicInformation.Features.ListEntries;
using AspirasiEtam.Modules.PublicInformation.Features.ListExemptInformation;
using AspirasiEtam.Modules.PublicInformation.Features.ListRegisterAgencies;
using AspirasiEtam.Modules.PublicInformation.Features.OpenDocument;
using AspirasiEtam.Modules.PublicInformation.Features.PublishEntry;
using AspirasiEtam.Modules.PublicInformation.Features.ReadPpidPage;
using AspirasiEtam.Modules.PublicInformation.Features.ReplayRequests;
using AspirasiEtam.Modules.PublicInformation.Features.RegisterFeeds;
using AspirasiEtam.Modules.PublicInformation.Features.SaveChecklistItem;
using AspirasiEtam.Modules.PublicInformation.Features.SavePpidPage;
using AspirasiEtam.Modules.PublicInformation.Features.SearchRegister;
using AspirasiEtam.Modules.PublicInformation.Features.UpdateEntry;
using AspirasiEtam.Modules.PublicInformation.Features.UploadDocument;
using AspirasiEtam.Modules.PublicInformation.Features.WithdrawEntry;
using AspirasiEtam.Modules.PublicInformation.Features.AttachRequestDocument;
using AspirasiEtam.Modules.PublicInformation.Features.ConfirmPayment;
using AspirasiEtam.Modules.PublicInformation.Features.DecideObjection;
using AspirasiEtam.Modules.PublicInformation.Features.DecideRequest;
using AspirasiEtam.Modules.PublicInformation.Features.ExportDisputeBundle;
using AspirasiEtam.Modules.PublicInformation.Features.ExportRequestRegister;
using AspirasiEtam.Modules.PublicInformation.Features.ExtendRequest;
using AspirasiEtam.Modules.PublicInformation.Features.FileObjection;
using AspirasiEtam.Modules.PublicInformation.Features.ForwardRequest;
using AspirasiEtam.Modules.PublicInformation.Features.GetAnnualReport;
using AspirasiEtam.Modules.PublicInformation.Features.GetRequest;
using AspirasiEtam.Modules.PublicInformation.Features.ListObjections;
using AspirasiEtam.Modules.PublicInformation.Features.ListRequests;
using AspirasiEtam.Modules.PublicInformation.Features.OpenRequestFile;
using AspirasiEtam.Modules.PublicInformation.Features.SubmitRequest;
using AspirasiEtam.Modules.PublicInformation.Features.SuggestPublishedInformation;
using AspirasiEtam.Modules.PublicInformation.Features.TrackRequest;
using AspirasiEtam.Modules.PublicInformation.Jobs.ForgetIdentityScans;
using AspirasiEtam.Modules.PublicInformation.Jobs.RemindRequestDeadlines;
using AspirasiEtam.Modules.PublicInformation.Jobs.EndExpiredExemptions;
using AspirasiEtam.Modules.PublicInformation.Jobs.SendFreshnessReminders;
using AspirasiEtam.Shared.Caching;
using AspirasiEtam.Shared.Mediation;
using AspirasiEtam.Shared.Modules;
using AspirasiEtam.Shared.Persistence;
using AspirasiEtam.Shared.Security;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AspirasiEtam.Modules.PublicInformation;

/// <summary>
/// Public information under UU 14/2008: each agency's register (DIP), its documents, search and the exempt list; requests
/// for information and objections on their legal clocks, with their registers, letters and the annual report.
/// </summary>
public sealed class PublicInformationModule : IModule
{
    public string Name => "ppid";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<PublicInformationDbContext, SqlitePublicInformationDbContext, SqlServerPublicInformationDbContext>(Name, PublicInformationDbContext.SchemaName);
        services.AddHandlersAndValidatorsFrom(typeof(PublicInformationModule).Assembly);
        services.AddScoped<StaffEntries>();
        services.AddScoped<StaffRequests>();
        services.AddScoped<RequestMails>();
        services.AddSingleton<ActiveAnnouncements>();
        services.AddMemorySnapshot(ActiveAnnouncements.MaxAge, ActiveAnnouncements.LoadAsync);
        services.AddMemorySnapshot(FacetMap.MaxAge, FacetMap.LoadAsync);
        services.AddMemorySnapshot(PublishedPageDirectory.MaxAge, PublishedPageDirectory.LoadAsync);
        services.AddSingleton<IModuleInterceptor<PublicInformationDbContext>, PublicInformationChangeWatcher>();
        services.AddScoped<RegisterSearch>();
        services.AddOptions<RegisterSearchOptions>().Bind(configuration.GetSection(RegisterSearchOptions.SectionName))
            .Validate(o => o.RankWindow > 0, "Ppid:Search:RankWindow must be positive.").ValidateOnStart();
        services.AddSingleton<ISiteBannerSource>(sp => sp.GetRequiredService<ActiveAnnouncements>());
        services.AddHostedService<ExemptionExpiry>();
        services.AddHostedService<RegisterDemoSeeder>();
        services.AddHostedService<FreshnessReminders>();
        services.AddSingleton<RequestDeadlineReminders>();
        services.AddHostedService(sp => sp.GetRequiredService<RequestDeadlineReminders>());
        services.AddSingleton<IdentityScanRetention>();
        services.AddHostedService(sp => sp.GetRequiredService<IdentityScanRetention>());
        services.AddScoped<IModuleSeeder, PpidSeeder>();
        services.AddSingleton(new NavigationLink(20, "Informasi publik", "Public information", "/ppid"));
        services.AddSingleton(new HomeSection(20, "/Pages/Ppid/_RegisterHomeSection.cshtml", async (sp, cancellationToken) =>
            await sp.GetRequiredService<IMediator>().Send(new SearchRegister(null, null, null, null, null, PageSize: 5) { WithFacets = false }, cancellationToken)));
        services.AddSingleton(new NavigationLink(21, "Kepatuhan OPD", "Scorecard", "/ppid/kepatuhan"));
        services.AddSingleton(new NavigationLink(22, "Permohonan informasi", "Request information", "/ppid/permohonan"));
        services.AddSingleton(new NavigationLink(72, "Permohonan & keberatan", "Requests & objections", "/staf/ppid/permohonan", NavigationAudience.Policy, Policies.Staff));
        services.AddSingleton(new NavigationLink(71, "DIP OPD", "Agency register", "/staf/ppid", NavigationAudience.Policy, Policies.Staff));
    }

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
        bus.AddModuleConsumer<AgencyRegisteredConsumer>(Name);
        bus.AddModuleConsumer<AgencyUpdatedConsumer>(Name);
        bus.AddModuleConsumer<AgencyDeactivatedConsumer>(Name);
        bus.AddModuleConsumer<AgencyReactivatedConsumer>(Name);
        bus.AddModuleConsumer<StaffAccessChangedConsumer>(Name);
        bus.AddModuleConsumer<InformationRequestRaisedConsumer>(Name);
        bus.AddModuleConsumer<HolidayAddedConsumer>(Name);
        bus.AddModuleConsumer<HolidayRemovedConsumer>(Name);
        bus.AddModuleConsumer<PublicInformationReplayConsumer>(Name);
        bus.AddModuleConsumer<PublicInformationReplayContinuedConsumer>(Name);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        // Anyone: the consolidated register, entries, documents of published entries, the exempt list.
        var open = endpoints.MapGroup("/api/ppid").AllowAnonymous().WithTags("Public information (PPID)");
        SearchRegisterEndpoint.Map(open);
        GetPublishedEntryEndpoint.Map(open);
        OpenDocumentEndpoint.MapPublic(open);
        ListExemptInformationEndpoint.Map(open);
        ExportRegisterEndpoint.Map(open);
        GetScorecardEndpoint.Map(open);
        ListChecklistItemsEndpoint.Map(open);
        ReadPpidPageEndpoint.Map(open);
        RegisterFeedsEndpoint.Map(endpoints);
        SubmitRequestEndpoint.Map(open);
        SuggestPublishedInformationEndpoint.Map(open);
        TrackRequestEndpoint.Map(open);
        FileObjectionEndpoint.Map(open);
        OpenRequestFileEndpoint.MapPublic(open);
        ExportRequestRegisterEndpoint.MapPublic(open);
        GetAnnualReportEndpoint.Map(open);

        // Requests and objections: staff read in their scope, officers and PPID Utama act, superiors answer objections.
        var requestsRead = endpoints.MapGroup("/api/staff/ppid/requests").RequireAuthorization(Policies.Staff).WithTags("Information requests (agency staff)");
        ListRequestsEndpoint.Map(requestsRead);
        GetRequestEndpoint.Map(requestsRead);
        OpenRequestFileEndpoint.MapStaff(requestsRead);
        ExportRequestRegisterEndpoint.MapStaff(requestsRead);
        ExportDisputeBundleEndpoint.Map(requestsRead);
        var requestsWork = endpoints.MapGroup("/api/staff/ppid/requests").RequireAuthorization(Policies.AgencyWork).WithTags("Information requests (agency staff)");
        ForwardRequestEndpoint.Map(requestsWork);
        ExtendRequestEndpoint.Map(requestsWork);
        DecideRequestEndpoint.Map(requestsWork);
        ConfirmPaymentEndpoint.Map(requestsWork);
        AttachRequestDocumentEndpoint.Map(requestsWork);
        var objections = endpoints.MapGroup("/api/staff/ppid/objections").RequireAuthorization(Policies.Staff).WithTags("Objections (agency staff)");
        ListObjectionsEndpoint.Map(objections);
        DecideObjectionEndpoint.Map(objections);

        // Staff read in their scope; officers, PPID Utama and super admins write for their agencies.
        var read = endpoints.MapGroup("/api/staff/ppid/entries").RequireAuthorization(Policies.Staff).WithTags("Public information register (agency staff)");
        ListEntriesEndpoint.Map(read);
        ListRegisterAgenciesEndpoint.Map(endpoints.MapGroup("/api/staff/ppid").RequireAuthorization(Policies.Staff).WithTags("Public information register (agency staff)"));
        GetEntryEndpoint.Map(read);
        OpenDocumentEndpoint.MapStaff(read);

        var work = endpoints.MapGroup("/api/staff/ppid/entries").RequireAuthorization(Policies.AgencyWork).WithTags("Public information register (agency staff)");
        DraftEntryEndpoint.Map(work);
        UpdateEntryEndpoint.Map(work);
        PublishEntryEndpoint.Map(work);
        WithdrawEntryEndpoint.Map(work);
        DeclareExemptEndpoint.Map(work);
        UploadDocumentEndpoint.Map(work);
        ImportEntriesEndpoint.Map(work);
        AnnounceEntryEndpoint.Map(work);

        var pagesRead = endpoints.MapGroup("/api/staff/agencies/{agencyId:guid}/ppid-pages")
            .RequireAuthorization(Policies.Staff).WithTags("Public information register (agency staff)");
        GetPpidPageEndpoint.Map(pagesRead);
        var pagesWrite = endpoints.MapGroup("/api/staff/agencies/{agencyId:guid}/ppid-pages")
            .RequireAuthorization(Policies.AgencyWork).RequireAgencyScope().WithTags("Public information register (agency staff)");
        SavePpidPageEndpoint.Map(pagesWrite);

        var admin = endpoints.MapGroup("/api/admin/ppid").RequireAuthorization(Policies.Admin).WithTags("Public information register (admin)");
        SaveChecklistItemEndpoint.Map(admin);
    }
}
