using System.Text;
using AspirasiEtam.Modules.Aspirations.Notifications;
using AspirasiEtam.Shared.Mail;
using AspirasiEtam.Shared.Time;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AspirasiEtam.Modules.Aspirations.Jobs.SendOverdueDigest;

/// <summary>
/// Every working day (not weekends, holidays or collective leave) at <see cref="AspirationsSettings.DigestHourWita"/>, each active supervisor (Atasan PPID) gets
/// the list of overdue reports in their scope — province-wide or their agencies — and each officer who chose the
/// daily digest gets the notices not mailed yet (<see cref="StaffNotifier.QueueDigestsAsync"/>). No list, no email.
/// The digests name reports by report number and title only: never a reporter, never a tracking code (the
/// reporter's credential).
/// </summary>
internal sealed class OverdueDigest(IServiceScopeFactory scopes, IOptions<AspirationsSettings> settings, IOptions<PortalOptions> portal, TimeProvider clock, ILogger<OverdueDigest> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(UntilNextRun(clock.GetUtcNow()), clock, stoppingToken);
                await SendAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Sending the overdue digest failed; trying again at the next run");
            }
        }
    }

    private TimeSpan UntilNextRun(DateTimeOffset now)
    {
        var local = now.ToOffset(WorkingDayCalendar.Wita);
        var next = new DateTimeOffset(local.Date.AddHours(settings.Value.DigestHourWita), WorkingDayCalendar.Wita);
        if (next <= local)
        {
            next = next.AddDays(1);
        }

        return next - now;
    }

    private async Task SendAsync(CancellationToken cancellationToken)
    {
        if (clock.GetUtcNow().ToOffset(WorkingDayCalendar.Wita).DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            return;
        }

        using var scope = scopes.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<AspirationsDbContext>();
        // Not on a holiday or collective leave day either: nobody is at work to read it.
        var calendar = await scope.ServiceProvider.GetRequiredService<Caching.ReferenceData>().CalendarAsync(cancellationToken);
        if (!calendar.IsWorkingDay(LocalTime.Today(clock.GetUtcNow())))
        {
            return;
        }

        await scope.ServiceProvider.GetRequiredService<StaffNotifier>().QueueDigestsAsync(context, clock.GetUtcNow(), cancellationToken);
        await QueueOverdueAsync(context, cancellationToken);

        // One save for every digest: all are sent, and retried, by the outbox.
        await context.SaveChangesAsync(cancellationToken);
    }

    private async Task QueueOverdueAsync(AspirationsDbContext context, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var overdue = await context.Submissions.AsNoTracking()
            .Where(s => (s.Status == SubmissionStatus.Submitted || s.Status == SubmissionStatus.Dispatched) && s.DueAt < now)
            .OrderBy(s => s.DueAt)
            .Select(s => new { s.ReportNumber, s.Title, s.Status, s.AgencyId, s.DueAt })
            .Take(5000)
            .ToListAsync(cancellationToken);
        if (overdue.Count == 0)
        {
            return;
        }

        var agencies = await context.DispatchAgencies.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        foreach (var supervisor in await context.StaffMembers.AsNoTracking().Where(m => m.IsSupervisor && m.IsActive).ToListAsync(cancellationToken))
        {
            var mine = overdue.Where(s => supervisor.ProvinceWide || (s.AgencyId is { } a && supervisor.AgencyIds.Contains(a))).ToList();
            if (mine.Count == 0)
            {
                continue;
            }

            var body = new StringBuilder();
            body.AppendLine($"Halo {supervisor.FullName},").AppendLine();
            body.AppendLine($"{mine.Count} laporan melewati batas waktu di cakupan Anda. / {mine.Count} reports in your scope are overdue.").AppendLine();
            foreach (var item in mine)
            {
                var agency = item.AgencyId is { } a ? agencies.GetValueOrDefault(a, "?") : "PPID Utama";
                body.AppendLine($"- {item.ReportNumber} · {item.Title} · {agency} · {StatusText.Indonesian(item.Status)} · {LocalTime.Format(item.DueAt!.Value)}");
            }

            body.AppendLine().AppendLine(portal.Value.Link("/staf/aspirasi?overdue=true"));
            context.QueueMail(new OutgoingMail(supervisor.Email, $"Laporan terlambat: {mine.Count} / Overdue reports: {mine.Count}", body.ToString()), clock.GetUtcNow());
        }
    }
}
