using AspirasiEtam.Shared.Jobs;
using AspirasiEtam.Shared.Mail;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using AspirasiEtam.Shared.Time;

namespace AspirasiEtam.Modules.PublicInformation.Jobs.SendFreshnessReminders;

/// <summary>
/// Every hour: each agency's officers get an email a month before a berkala checklist item falls overdue (five months
/// after its last update) and again when it does (six months) — once per update of the entry, whatever the job's
/// schedule or restarts (<see cref="FreshnessNotice"/> is saved with the queued mail, in one transaction).
/// </summary>
internal sealed class FreshnessReminders(IServiceScopeFactory scopes, TimeProvider clock, ILogger<FreshnessReminders> logger) : PeriodicJob(clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromHours(1);

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => SendDueAsync(cancellationToken);

    /// <summary>Returns how many reminders (entry × kind) it queued.</summary>
    internal async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<PublicInformationDbContext>();
        var portal = scope.ServiceProvider.GetRequiredService<IOptions<PortalOptions>>().Value;
        var now = Clock.GetUtcNow();
        var utc = now.UtcDateTime;
        var dueSoonBefore = utc.AddMonths(-(Freshness.OverdueAfterMonths - Freshness.ReminderBeforeMonths));

        // The newest published berkala entry per agency and item, among those old enough to need a reminder, and the
        // reminders already sent for them (one read each, not one per entry).
        var candidates = (await context.LatestChecklistEntriesAsync(cancellationToken)).Where(e => e.UpdatedAt <= dueSoonBefore).ToList();
        var candidateIds = candidates.Select(c => c.Id).ToList();
        var sent = (await context.FreshnessNotices.AsNoTracking().Where(n => candidateIds.Contains(n.EntryId)).ToListAsync(cancellationToken))
            .Select(n => (n.EntryId, n.Kind, n.ForUpdatedAt)).ToHashSet();
        var officers = await context.Officers.AsNoTracking().Where(o => o.IsActive && o.IsOfficer).ToListAsync(cancellationToken);

        var queued = 0;
        foreach (var entry in candidates)
        {
            var kind = Freshness.Of(entry.UpdatedAt, utc);
            if (kind is not (FreshnessState.DueSoon or FreshnessState.Overdue) || sent.Contains((entry.Id, kind, entry.UpdatedAt)))
            {
                continue;
            }

            var overdueOn = LocalTime.Of(Freshness.OverdueAt(entry.UpdatedAt)).ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
            var subject = kind == FreshnessState.Overdue
                ? $"DIP {entry.Number} sudah lewat 6 bulan / is overdue for an update"
                : $"DIP {entry.Number} perlu diperbarui sebelum {overdueOn} / needs an update before {overdueOn}";
            var body = $"""
                {entry.Title} ({entry.Number})

                Informasi berkala diperbarui paling lambat setiap 6 bulan. {(kind == FreshnessState.Overdue ? "Entri ini sudah lewat batas." : $"Entri ini lewat batas pada {overdueOn}.")}
                Berkala information is updated at least every 6 months. {(kind == FreshnessState.Overdue ? "This entry is overdue." : $"This entry falls overdue on {overdueOn}.")}

                {portal.Link($"/staf/ppid/{entry.Id}")}
                """;
            foreach (var officer in officers.Where(o => o.AgencyIds.Contains(entry.AgencyId)))
            {
                context.QueueMail(new OutgoingMail(officer.Email, subject, body), now);
            }

            context.FreshnessNotices.Add(FreshnessNotice.For(entry.Id, kind, entry.UpdatedAt, utc));
            queued++;
        }

        await context.SaveChangesAsync(cancellationToken);
        return queued;
    }
}
