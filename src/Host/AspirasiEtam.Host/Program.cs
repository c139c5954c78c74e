using AspirasiEtam.Host;
using AspirasiEtam.Modules.Aspirations;
using AspirasiEtam.Modules.Identity;
using AspirasiEtam.Modules.OrganisationDirectory;
using AspirasiEtam.Modules.PublicInformation;
using AspirasiEtam.Shared.Modules;
using Microsoft.Extensions.Options;

// The modules of the monolith, listed on purpose: adding one is adding a line here (see README).
IModule[] modules =
[
    new OrganisationDirectoryModule(),
    new IdentityModule(),
    new AspirationsModule(),
    new PublicInformationModule(),
];

var builder = WebApplication.CreateBuilder(args);
builder.AddPortal(modules);

var app = builder.Build();
app.UsePortal(modules);

try
{
    await app.RunAsync();
}
catch (OptionsValidationException ex)
{
    // A bad setting is the operator's to fix: say which, without a stack trace.
    await Console.Error.WriteLineAsync($"Configuration is not valid: {string.Join(" ", ex.Failures)}");
    Environment.ExitCode = 1;
}

/// <summary>Entry point; public so the tests can start the real host.</summary>
public partial class Program;
