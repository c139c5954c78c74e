using AspirasiEtam.Shared.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using AspirasiEtam.Shared.Time;

namespace AspirasiEtam.Modules.PublicInformation.Jobs.EndExpiredExemptions;

/// <summary>
/// Every hour: exempt entries whose period has ended (by the date in WITA, UTC+8) go back to their agency as drafts
/// for review — the law exempts for a period, not for ever.
/// </summary>
internal sealed class ExemptionExpiry(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ExemptionExpiry> logger) : PeriodicJob(clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromHours(1);

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => EndExpiredAsync(cancellationToken);

    /// <summary>Returns how many entries it moved back to draft.</summary>
    internal async Task<int> EndExpiredAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<PublicInformationDbContext>();
        var now = Clock.GetUtcNow().UtcDateTime;
        var today = LocalTime.Today(Clock.GetUtcNow());
        var due = await context.Entries.Where(e => e.Status == EntryStatus.Exempt && e.Exemption!.Until < today).OrderBy(e => e.Id).Take(200).ToListAsync(cancellationToken);
        var ended = due.Count(e => e.EndExemptionIfExpired(today, now));
        await context.SaveChangesAsync(cancellationToken);
        return ended;
    }
}
