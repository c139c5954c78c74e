using AspirasiEtam.Shared.Messaging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AspirasiEtam.Shared.Persistence;

public static class PersistenceRegistration
{
    /// <summary>Options, start-up validation and the initializer; modules add their databases with <c>AddModuleDatabase</c>.</summary>
    public static IServiceCollection AddPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PersistenceOptions>().Bind(configuration.GetSection(PersistenceOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PersistenceOptions>, PersistenceOptionsValidator>();
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<OutboxOptions>, OutboxOptionsValidator>();
        services.AddHostedService<DatabaseInitializer>();
        return services;
    }
}
