using AspirasiEtam.Modules.Identity.Accounts;
using AspirasiEtam.Modules.Identity.Consumers;
using AspirasiEtam.Modules.Identity.Features.ChangeStaffActivation;
using AspirasiEtam.Modules.Identity.Features.ConfirmEmail;
using AspirasiEtam.Modules.Identity.Features.DisableAuthenticator;
using AspirasiEtam.Modules.Identity.Features.EnableAuthenticator;
using AspirasiEtam.Modules.Identity.Features.GetMyAccount;
using AspirasiEtam.Modules.Identity.Features.GetStaffMember;
using AspirasiEtam.Modules.Identity.Features.InviteStaffMember;
using AspirasiEtam.Modules.Identity.Features.IssueToken;
using AspirasiEtam.Modules.Identity.Features.ListSecurityEvents;
using AspirasiEtam.Modules.Identity.Features.ListStaff;
using AspirasiEtam.Modules.Identity.Features.RefreshToken;
using AspirasiEtam.Modules.Identity.Features.RegisterCitizen;
using AspirasiEtam.Modules.Identity.Features.ReplayStaff;
using AspirasiEtam.Modules.Identity.Features.RequestPasswordReset;
using AspirasiEtam.Modules.Identity.Features.ResetPassword;
using AspirasiEtam.Modules.Identity.Features.SetUpAuthenticator;
using AspirasiEtam.Modules.Identity.Features.UpdateStaffAccess;
using AspirasiEtam.Shared.Mediation;
using AspirasiEtam.Shared.Modules;
using AspirasiEtam.Shared.Persistence;
using MassTransit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AspirasiEtam.Modules.Identity;

/// <summary>Identity and access: citizens, agency staff, roles, agency scopes, sign-in, and the security log.</summary>
public sealed class IdentityModule : IModule
{
    /// <summary>Chooses bearer or cookie per request: an Authorization header means the API client's token.</summary>
    private const string PortalScheme = "Portal";

    public string Name => "identity";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<IdentityModuleDbContext, SqliteIdentityModuleDbContext, SqlServerIdentityModuleDbContext>(Name, IdentityModuleDbContext.SchemaName);
        services.AddHandlersAndValidatorsFrom(typeof(IdentityModule).Assembly);
        var settingsSection = configuration.GetSection(IdentitySettings.SectionName);
        services.Configure<IdentitySettings>(settingsSection);
        var settings = settingsSection.Get<IdentitySettings>() ?? new IdentitySettings();

        services.AddIdentity<PortalUser, IdentityRole<Guid>>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedEmail = true;
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 5;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddEntityFrameworkStores<IdentityModuleDbContext>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<OneTimeAuthenticatorCodes>(TokenOptions.DefaultAuthenticatorProvider)
            .AddClaimsPrincipalFactory<PortalClaimsFactory>();
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromHours(24));
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        services.AddAuthentication()
            .AddPolicyScheme(PortalScheme, "Cookie or bearer", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? CheckedBearerTokenHandler.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = settings.AccessTokenLifetime)
            .AddScheme<AuthenticationSchemeOptions, CheckedBearerTokenHandler>(CheckedBearerTokenHandler.SchemeName, o =>
            {
                o.ForwardChallenge = IdentityConstants.BearerScheme;
                o.ForwardForbid = IdentityConstants.BearerScheme;
            });
        services.AddMemoryCache();
        services.Configure<AuthenticationOptions>(o =>
        {
            o.DefaultScheme = PortalScheme;
            o.DefaultAuthenticateScheme = PortalScheme;
            o.DefaultChallengeScheme = PortalScheme;
            o.DefaultForbidScheme = PortalScheme;
        });
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "aspirasi.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.LoginPath = "/masuk";
            o.LogoutPath = "/keluar";
            o.AccessDeniedPath = "/ditolak";
            o.Events.OnRedirectToLogin = context => ApiAwareRedirect(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => ApiAwareRedirect(context, StatusCodes.Status403Forbidden);
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Admin, p => Staff(p, settings, Roles.SuperAdmin, Roles.MainOffice))
            .AddPolicy(Policies.SuperAdmin, p => Staff(p, settings, Roles.SuperAdmin))
            .AddPolicy(Policies.Staff, p => Staff(p, settings, [.. Roles.Staff]))
            .AddPolicy(Policies.AgencyWork, p => Staff(p, settings, Roles.AgencyOfficer, Roles.MainOffice, Roles.SuperAdmin))
            .AddPolicy(Policies.Citizen, p => p.RequireAuthenticatedUser().RequireRole(Roles.Citizen))
            .AddPolicy(Policies.SignedIn, p => p.RequireAuthenticatedUser())
            // Every endpoint needs a signed-in user unless it says AllowAnonymous: public on purpose only.
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

        services.AddScoped<SecurityAudit>();
        services.AddScoped<AccountMails>();
        services.AddScoped<PortalSignIn>();
        services.AddScoped<AuthenticatorKeys>();
        services.AddScoped<RefreshTokenFamilies>();
        services.AddScoped<IdentitySeeder>();
        services.AddScoped<IModuleSeeder>(sp => sp.GetRequiredService<IdentitySeeder>());
        services.AddHostedService<DemoAccountsSeeder>();
        services.AddSingleton(new NavigationLink(90, "Masuk", "Sign in", "/masuk", NavigationAudience.Anonymous));
        services.AddSingleton(new NavigationLink(91, "Daftar", "Register", "/daftar", NavigationAudience.Anonymous));
        services.AddSingleton(new NavigationLink(80, "Staf", "Staff", "/admin/staf", NavigationAudience.Policy, Policies.Admin));
        services.AddSingleton(new NavigationLink(81, "Log keamanan", "Security log", "/admin/audit", NavigationAudience.Policy, Policies.SuperAdmin));
        services.AddSingleton(new NavigationLink(90, "Akun", "Account", "/akun", NavigationAudience.SignedIn));
        services.AddSingleton(new NavigationLink(91, "Keluar", "Sign out", "/keluar", NavigationAudience.SignedIn));
    }

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
        bus.AddModuleConsumer<AgencyRegisteredConsumer>(Name);
        bus.AddModuleConsumer<AgencyUpdatedConsumer>(Name);
        bus.AddModuleConsumer<AgencyDeactivatedConsumer>(Name);
        bus.AddModuleConsumer<AgencyReactivatedConsumer>(Name);
        bus.AddModuleConsumer<IdentityReplayConsumer>(Name);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var signIn = endpoints.MapGroup("/api/auth").AllowAnonymous().WithTags("Sign-in").RequireRateLimiting(RateLimitPolicies.Account);
        IssueTokenEndpoint.Map(signIn);
        RefreshTokenEndpoint.Map(signIn);

        var open = endpoints.MapGroup("/api/account").AllowAnonymous().WithTags("Account").RequireRateLimiting(RateLimitPolicies.Account);
        RegisterCitizenEndpoint.Map(open);
        ConfirmEmailEndpoint.Map(open);
        RequestPasswordResetEndpoint.Map(open);
        ResetPasswordEndpoint.Map(open);

        var mine = endpoints.MapGroup("/api/account").RequireAuthorization(Policies.SignedIn).WithTags("Account");
        GetMyAccountEndpoint.Map(mine);
        SetUpAuthenticatorEndpoint.Map(mine);
        EnableAuthenticatorEndpoint.Map(mine);
        DisableAuthenticatorEndpoint.Map(mine);

        var staff = endpoints.MapGroup("/api/admin/staff").RequireAuthorization(Policies.Admin).WithTags("Staff (admin)");
        ListStaffEndpoint.Map(staff);
        GetStaffMemberEndpoint.Map(staff);
        InviteStaffMemberEndpoint.Map(staff);
        UpdateStaffAccessEndpoint.Map(staff);
        ChangeStaffActivationEndpoint.Map(staff);

        var securityEvents = endpoints.MapGroup("/api/admin/security-events").RequireAuthorization(Policies.SuperAdmin).WithTags("Security log (admin)");
        ListSecurityEventsEndpoint.Map(securityEvents);
    }

    /// <summary>Staff roles, and (when configured) a two-factor sign-in.</summary>
    private static void Staff(AuthorizationPolicyBuilder policy, IdentitySettings settings, params string[] roles)
    {
        policy.RequireAuthenticatedUser().RequireRole(roles);
        if (settings.RequireTwoFactorForStaff)
        {
            policy.RequireClaim(PortalClaims.AuthenticationMethod, PortalClaims.MultiFactor);
        }
    }

    private static Task ApiAwareRedirect(RedirectContext<CookieAuthenticationOptions> context, int apiStatus)
    {
        if (context.Request.IsApi())
        {
            context.Response.StatusCode = apiStatus;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
