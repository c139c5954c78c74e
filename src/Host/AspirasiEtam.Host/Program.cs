using AspirasiEtam.Host;
using Microsoft.Extensions.Options;

var builder = WebApplication.CreateBuilder(args);
builder.AddPortal(PortalModules.All);

var app = builder.Build();
app.UsePortal(PortalModules.All);

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
