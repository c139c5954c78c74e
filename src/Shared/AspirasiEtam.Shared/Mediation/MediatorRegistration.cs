using System.Reflection;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace AspirasiEtam.Shared.Mediation;

public static class MediatorRegistration
{
    /// <summary>
    /// The mediator itself and the pipeline behaviours, once for the whole application.
    /// MediatR 5.1.0 has no DI package here, so this is the wiring it would have done (see docs/adr/0004).
    /// Registration order is pipeline order: logging wraps authorization wraps validation wraps the handler.
    /// </summary>
    public static IServiceCollection AddMediatorCore(this IServiceCollection services)
    {
        services.AddScoped<ServiceFactory>(sp => sp.GetService);
        services.AddScoped<IMediator, Mediator>();
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AuthorizationBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));
        return services;
    }

    /// <summary>Registers a module's request handlers and validators, internal ones included.</summary>
    public static IServiceCollection AddHandlersAndValidatorsFrom(this IServiceCollection services, Assembly assembly)
    {
        services.Scan(scan => scan
            .FromAssemblies(assembly)
            .AddClasses(c => c.AssignableTo(typeof(IRequestHandler<,>)), publicOnly: false)
            .AsImplementedInterfaces()
            .WithScopedLifetime()
            .AddClasses(c => c.AssignableTo(typeof(IValidator<>)), publicOnly: false)
            .AsImplementedInterfaces()
            .WithSingletonLifetime());
        return services;
    }
}
