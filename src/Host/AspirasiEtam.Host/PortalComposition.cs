using System.Globalization;
using AspirasiEtam.Shared.Contracts;
using AspirasiEtam.Shared.Files;
using AspirasiEtam.Shared.Mail;
using AspirasiEtam.Shared.Mediation;
using AspirasiEtam.Shared.Messaging;
using AspirasiEtam.Shared.Modules;
using AspirasiEtam.Shared.Persistence;
using AspirasiEtam.Shared.Security;
using AspirasiEtam.Shared.Storage;
using AspirasiEtam.Shared.Web;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;

namespace AspirasiEtam.Host;

/// <summary>How the host composes the modules: cross-cutting web concerns here, module logic in the modules.</summary>
internal static class PortalComposition
{
    public static WebApplicationBuilder AddPortal(this WebApplicationBuilder builder, IReadOnlyList<IModule> modules)
    {
        var services = builder.Services;

        // Never scopes: ASP.NET Core's request scope carries the concrete path, and a path can carry a tracking code.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.Logging.ClearProviders();
        if (builder.Environment.IsDevelopment())
        {
            builder.Logging.AddSimpleConsole(o => (o.SingleLine, o.IncludeScopes) = (true, false));
        }
        else
        {
            builder.Logging.AddJsonConsole(o => (o.UseUtcTimestamp, o.IncludeScopes) = (true, false));
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddPersistence(builder.Configuration);
        services.AddMail(builder.Configuration);
        services.AddCurrentUser();
        services.AddFileStorage(builder.Configuration, builder.Environment);
        services.Configure<PortalOptions>(builder.Configuration.GetSection(PortalOptions.SectionName));

        services.AddPortalDataProtection(builder.Configuration, builder.Environment);
        services.AddMediatorCore();
        foreach (var module in modules)
        {
            module.AddServices(services, builder.Configuration);
        }

        services.AddModuleBus(modules);

        services.AddProblemDetails();
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<JsonOptions>(o => o.SerializerOptions.MaxDepth = 32);
        services.AddPortalRateLimits(builder.Configuration);
        services.AddHealthChecks();
        services.AddStorageHealth();
        services.AddOpenApi();

        // Finished responses of anonymous public reads, evicted by the modules when their data changes.
        services.AddOutputCache(o =>
        {
            o.SizeLimit = 64 * 1024 * 1024;
            o.MaximumBodySize = 1024 * 1024;
        });

        services.AddLocalization();
        var mvc = services.AddRazorPages().AddMvcOptions(o => o.Filters.Add<ForbiddenPages>());
        foreach (var module in modules)
        {
            mvc.AddApplicationPart(module.GetType().Assembly);
        }

        return builder;
    }

    public static WebApplication UsePortal(this WebApplication app, IReadOnlyList<IModule> modules)
    {
        // Only from the configured proxies (RateLimits:KnownProxies): the client's address for the rate limits, and
        // the scheme, so cookies are Secure behind TLS termination. With none configured it would trust nobody, so
        // it is left out of the pipeline.
        if (app.Services.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value.KnownProxies.Count > 0)
        {
            app.UseForwardedHeaders();
        }
        app.UseWhen(ctx => ctx.Request.IsApi(), api => api.UseExceptionHandler().UseStatusCodePages());
        app.UseWhen(ctx => !ctx.Request.IsApi(), pages =>
        {
            // The error page with the status the API would answer (413, 503…), not always 500; what the exception
            // handler answers is logged by it (a storage outage once), not again here with a stack trace.
            pages.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = "/galat",
                StatusCodeSelector = ex => ApiExceptionHandler.StatusCodeFor(ex) ?? StatusCodes.Status500InternalServerError,
                SuppressDiagnosticsCallback = c => ApiExceptionHandler.StatusCodeFor(c.Exception) is not null,
            });
            pages.UseStatusCodePagesWithReExecute("/galat", "?kode={0}");
        });
        var portal = app.Services.GetRequiredService<IOptions<PortalOptions>>().Value;
        if (portal.EnforceHttps)
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<RequestLogging>();
        app.UseStaticFiles();

        var cultures = new[] { new CultureInfo(Bilingual.Indonesian), new CultureInfo(Bilingual.English) };
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Bilingual.Indonesian),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
            RequestCultureProviders = [new CookieRequestCultureProvider()],
        });

        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();

        // After authentication: the output cache neither serves nor stores responses of signed-in requests.
        if (portal.CachePublicResponses)
        {
            app.UseOutputCache();
        }

        if (portal.ApiReference != ApiReferenceAccess.Off)
        {
            var openApi = app.MapOpenApi();
            var reference = app.MapScalarApiReference();
            if (portal.ApiReference == ApiReferenceAccess.Public)
            {
                openApi.AllowAnonymous();
                reference.AllowAnonymous();
            }
            else
            {
                openApi.RequireAuthorization(Policies.Admin);
                reference.RequireAuthorization(Policies.Admin);
            }
        }
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthReportWriter.WriteAsync }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = HealthReportWriter.WriteAsync }).AllowAnonymous();
        app.MapGet("/bahasa/{culture}", LanguageSwitch.Handle).AllowAnonymous().ExcludeFromDescription();
        app.MapRazorPages();

        foreach (var module in modules)
        {
            module.MapEndpoints(app);
        }

        // An unknown address is a 404 for everyone, not a sign-in prompt from the fallback policy.
        app.MapFallback("{*path}", () => Results.NotFound()).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
