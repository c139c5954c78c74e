using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AspirasiEtam.Host;

/// <summary>Health as JSON: overall status and each module database's, without exception details.</summary>
internal static class HealthReportWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
        }));
    }
}
