using AspirasiEtam.Shared.Files;
using AspirasiEtam.Shared.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AspirasiEtam.Modules.PublicInformation.Jobs.ForgetIdentityScans;

/// <summary>
/// Every day: the scan of an applicant's identity card or deed is deleted once the request was answered longer ago than
/// the retention period (<c>Ppid:IdentityScanRetentionDays</c>, 365 by default) and no objection on it is still open.
/// The request keeps the record that a scan was seen and when it was deleted. Logged by request number only. The secret
/// codes kept (encrypted) to answer a repeated submission go once their 24 hours are over.
/// </summary>
internal sealed class IdentityScanRetention(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<IdentityScanRetention> logger)
    : PeriodicJob(clock, logger)
{
    public const int DefaultRetentionDays = 365;

    protected override TimeSpan Interval => TimeSpan.FromDays(1);

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => ForgetExpiredAsync(cancellationToken);

    /// <summary>Returns how many scans it deleted.</summary>
    internal async Task<int> ForgetExpiredAsync(CancellationToken cancellationToken)
    {
        var days = configuration.GetValue("Ppid:IdentityScanRetentionDays", DefaultRetentionDays);
        using var scope = scopes.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<PublicInformationDbContext>();
        var storage = scope.ServiceProvider.GetRequiredService<IFileStorage>();
        var now = Clock.GetUtcNow().UtcDateTime;
        var before = now.AddDays(-days);
        var expired = await context.Requests
            .Where(r => r.Applicant.ScanKey != null && r.DecidedAt != null && r.DecidedAt < before
                && !context.Objections.Any(o => o.RequestId == r.Id && o.Status == ObjectionStatus.Filed))
            .Take(500)
            .ToListAsync(cancellationToken);
        foreach (var r in expired)
        {
            await storage.DeleteAsync(r.Applicant.ScanKey!, cancellationToken);
            r.Applicant.ForgetScan(now);
            logger.LogInformation("Deleted the identity scan of request {Number} after {Days} days", r.Number, days);
        }

        foreach (var kept in await context.Requests.Where(r => r.ReceiptCodeKeptUntil != null && r.ReceiptCodeKeptUntil < now).Take(1000).ToListAsync(cancellationToken))
        {
            kept.ForgetReceiptCode();
        }

        await context.SaveChangesAsync(cancellationToken);
        return expired.Count;
    }
}
