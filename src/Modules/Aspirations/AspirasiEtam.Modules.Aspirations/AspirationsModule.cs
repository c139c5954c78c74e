using AspirasiEtam.Modules.Aspirations.Caching;
using AspirasiEtam.Modules.Aspirations.Consumers;
using AspirasiEtam.Modules.Aspirations.Features.AddFollowUpNote;
using AspirasiEtam.Modules.Aspirations.Features.AddHoliday;
using AspirasiEtam.Modules.Aspirations.Features.AssignOfficer;
using AspirasiEtam.Modules.Aspirations.Features.AttachFiles;
using AspirasiEtam.Modules.Aspirations.Features.BrowseFeed;
using AspirasiEtam.Modules.Aspirations.Features.ConfirmSubmission;
using AspirasiEtam.Modules.Aspirations.Features.ConvertToInformationRequest;
using AspirasiEtam.Modules.Aspirations.Features.CountPerAgency;
using AspirasiEtam.Modules.Aspirations.Features.CreateResponseTemplate;
using AspirasiEtam.Modules.Aspirations.Features.DeleteResponseTemplate;
using AspirasiEtam.Modules.Aspirations.Features.DispatchToAgency;
using AspirasiEtam.Modules.Aspirations.Features.ConfirmHolidayYear;
using AspirasiEtam.Modules.Aspirations.Features.GetHolidayCalendar;
using AspirasiEtam.Modules.Aspirations.Features.ImportHolidayYear;
using AspirasiEtam.Modules.Aspirations.Features.GetStaffSubmission;
using AspirasiEtam.Modules.Aspirations.Features.CountAnsweredOnTime;
using AspirasiEtam.Modules.Aspirations.Features.GetPublicReport;
using AspirasiEtam.Modules.Aspirations.Features.ListCategories;
using AspirasiEtam.Modules.Aspirations.Features.ListDispatchAgencies;
using AspirasiEtam.Modules.Aspirations.Features.ReturnFromInactiveAgency;
using AspirasiEtam.Modules.Aspirations.Features.SetTargetDate;
using AspirasiEtam.Modules.Aspirations.Features.ListInbox;
using AspirasiEtam.Modules.Aspirations.Features.ListResponseTemplates;
using AspirasiEtam.Modules.Aspirations.Features.Open311;
using AspirasiEtam.Modules.Aspirations.Features.OpenAttachment;
using AspirasiEtam.Modules.Aspirations.Features.RateResponse;
using AspirasiEtam.Modules.Aspirations.Features.ListStaffNotices;
using AspirasiEtam.Modules.Aspirations.Features.MarkNoticesRead;
using AspirasiEtam.Modules.Aspirations.Features.ChooseNoticeDelivery;
using AspirasiEtam.Modules.Aspirations.Features.RedactPublicText;
using AspirasiEtam.Modules.Aspirations.Features.RejectSubmission;
using AspirasiEtam.Modules.Aspirations.Features.RemoveHoliday;
using AspirasiEtam.Modules.Aspirations.Features.ReplayFacts;
using AspirasiEtam.Modules.Aspirations.Features.ReplyToResponse;
using AspirasiEtam.Modules.Aspirations.Features.RespondToReporter;
using AspirasiEtam.Modules.Aspirations.Features.ReturnNotOurAuthority;
using AspirasiEtam.Modules.Aspirations.Features.SaveCategory;
using AspirasiEtam.Modules.Aspirations.Features.SubmitAspiration;
using AspirasiEtam.Modules.Aspirations.Features.SupportSubmission;
using AspirasiEtam.Modules.Aspirations.Features.TrackSubmission;
using AspirasiEtam.Modules.Aspirations.Jobs.CloseAfterReplyWindow;
using AspirasiEtam.Modules.Aspirations.Jobs.RemindDueSoon;
using AspirasiEtam.Modules.Aspirations.Jobs.SendOverdueDigest;
using AspirasiEtam.Modules.Aspirations.Notifications;
using AspirasiEtam.Shared.Caching;
using AspirasiEtam.Shared.Mediation;
using AspirasiEtam.Shared.Modules;
using AspirasiEtam.Shared.Persistence;
using AspirasiEtam.Shared.Security;
using MassTransit;
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
        services.AddMemorySnapshot(ReferenceData.MaxAge, ReferenceData.LoadAsync);
        services.AddSingleton<IModuleInterceptor<AspirationsDbContext>, AspirationsChangeWatcher>();
        services.AddSingleton<IModuleInterceptor<AspirationsDbContext>, StepKeyStamp>();
        services.Configure<Microsoft.AspNetCore.OutputCaching.OutputCacheOptions>(PublicCache.AddPagePolicies);
        services.AddScoped<Deadlines>();
        services.AddScoped<StaffSubmissions>();
        services.AddScoped<InactiveAgencyReports>();
        services.AddSingleton(new HomeSection(10, "/Pages/Aspirations/_HowItWorksHomeSection.cshtml", async (sp, cancellationToken) =>
            await sp.GetRequiredService<IMediator>().Send(new CountAnsweredOnTime(), cancellationToken)));
        services.AddScoped<ReporterNotifier>();
        services.AddScoped<StaffNotifier>();
        services.AddScoped<IModuleSeeder, AspirationsSeeder>();
        services.AddHostedService<ReplyWindowCloser>();
        services.AddHostedService<OverdueDigest>();
        services.AddHostedService<DueSoonReminder>();
        services.AddSingleton(new NavigationLink(10, "Aspirasi", "Aspirations", "/aspirasi"));
        services.AddSingleton(new NavigationLink(11, "Kirim aspirasi", "Send an aspiration", "/aspirasi/baru"));
        services.AddSingleton(new NavigationLink(12, "Lacak", "Track", "/lacak"));
        services.AddSingleton(new NavigationLink(13, "Laporan saya", "My reports", "/aspirasi/saya", NavigationAudience.Policy, Policies.Citizen));
        services.AddSingleton(new NavigationLink(70, "Kotak masuk", "Inbox", "/staf/aspirasi", NavigationAudience.Policy, Policies.Staff));
        services.AddSingleton(new NavigationLink(79, "Kategori", "Categories", "/admin/kategori", NavigationAudience.Policy, Policies.Admin));
        services.AddSingleton(new NavigationLink(80, "Kalender libur", "Holidays", "/admin/libur", NavigationAudience.Policy, Policies.Admin));
        services.AddSingleton(new LandingPage(10, "/staf/aspirasi", Policies.Staff));
        services.AddSingleton(new LandingPage(20, "/aspirasi/saya", Policies.Citizen));
        services.AddSingleton(new NavigationLink(71, "Pemberitahuan", "Notices", "/staf/pemberitahuan", NavigationAudience.Policy, Policies.Staff));
        services.AddScoped<INavigationBadge, UnreadNoticesBadge>();
    }

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
        bus.AddModuleConsumer<AgencyRegisteredConsumer>(Name);
        bus.AddModuleConsumer<InformationRequestRegisteredConsumer>(Name);
        bus.AddModuleConsumer<AgencyUpdatedConsumer>(Name);
        bus.AddModuleConsumer<AgencyDeactivatedConsumer>(Name);
        bus.AddModuleConsumer<AgencyReactivatedConsumer>(Name);
        bus.AddModuleConsumer<StaffAccessChangedConsumer>(Name);
        bus.AddModuleConsumer<AspirationsReplayConsumer>(Name);
        bus.AddModuleConsumer<AspirationsReplayContinuedConsumer>(Name);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        // Citizens and holders of a tracking code.
        var open = endpoints.MapGroup("/api/aspirations").AllowAnonymous().WithTags("Aspirations");
        SubmitAspirationEndpoint.Map(open);
        ConfirmSubmissionEndpoint.Map(open);
        TrackSubmissionEndpoint.Map(open);
        ReplyToResponseEndpoint.Map(open);
        RateResponseEndpoint.Map(open);
        AttachFilesEndpoint.MapForReporter(open);
        OpenAttachmentEndpoint.MapForReporter(open);
        BrowseFeedEndpoint.Map(open);
        GetPublicReportEndpoint.Map(open);
        ListCategoriesEndpoint.Map(open);
        CountPerAgencyEndpoint.Map(open);

        var citizens = endpoints.MapGroup("/api/aspirations").RequireAuthorization(Policies.Citizen).WithTags("Aspirations");
        SupportSubmissionEndpoint.Map(citizens);

        Open311Endpoints.Map(endpoints);

        // PPID Utama (and super admins).
        var admin = endpoints.MapGroup("/api/admin/aspirations").RequireAuthorization(Policies.Admin).WithTags("Aspirations (admin)");
        ListInboxEndpoint.MapMainOffice(admin);
        ListDispatchAgenciesEndpoint.Map(admin);
        DispatchToAgencyEndpoint.Map(admin);
        RejectSubmissionEndpoint.Map(admin);
        ConvertToInformationRequestEndpoint.Map(admin);
        RedactPublicTextEndpoint.Map(admin);
        SaveCategoryEndpoint.Map(admin);

        var calendar = endpoints.MapGroup("/api/admin/holidays").RequireAuthorization(Policies.Admin).WithTags("Working-day calendar (admin)");
        GetHolidayCalendarEndpoint.Map(calendar);
        AddHolidayEndpoint.Map(calendar);
        RemoveHolidayEndpoint.Map(calendar);
        ImportHolidayYearEndpoint.Map(calendar);
        ConfirmHolidayYearEndpoint.Map(calendar);

        // Agency staff: reading in their scope, and working on their agencies' reports.
        var staff = endpoints.MapGroup("/api/staff/aspirations").RequireAuthorization(Policies.Staff).WithTags("Aspirations (agency staff)");
        ListInboxEndpoint.MapAgency(staff);
        GetStaffSubmissionEndpoint.Map(staff);
        OpenAttachmentEndpoint.MapForStaff(staff);

        var work = endpoints.MapGroup("/api/staff/aspirations/{id:guid}").RequireAuthorization(Policies.AgencyWork).WithTags("Aspirations (agency staff)");
        AddFollowUpNoteEndpoint.Map(work);
        AttachFilesEndpoint.MapForAgency(work);
        AssignOfficerEndpoint.Map(work);
        RespondToReporterEndpoint.Map(work);
        ReturnNotOurAuthorityEndpoint.Map(work);
        SetTargetDateEndpoint.Map(work);

        var notices = endpoints.MapGroup("/api/staff/notices").RequireAuthorization(Policies.Staff).WithTags("Aspirations (agency staff)");
        ListStaffNoticesEndpoint.Map(notices);
        MarkNoticesReadEndpoint.Map(notices);
        ChooseNoticeDeliveryEndpoint.Map(notices);

        var templates = endpoints.MapGroup("/api/staff/agencies/{agencyId:guid}/response-templates")
            .RequireAuthorization(Policies.AgencyWork).RequireAgencyScope().WithTags("Aspirations (agency staff)");
        ListResponseTemplatesEndpoint.Map(templates);
        CreateResponseTemplateEndpoint.Map(templates);
        DeleteResponseTemplateEndpoint.Map(templates);
    }
}
