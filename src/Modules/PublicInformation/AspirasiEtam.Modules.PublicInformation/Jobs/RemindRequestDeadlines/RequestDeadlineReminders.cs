using AspirasiEtam.Shared.Jobs;
using AspirasiEtam.Shared.Mail;
using AspirasiEtam.Shared.Time;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AspirasiEtam.Modules.PublicInformation.Jobs.RemindRequestDeadlines;

/// <summary>
/// Every hour: the officers of the handling agency hear of each open request 2 working days before it falls due, and
/// the agency's superiors (Atasan PPID) of each request whose deadline passed — once per due day (an extension sets a
/// new one), whatever the job's schedule or restarts: the mark is saved with the queued mails, in one transaction.
/// </summary>
internal sealed class RequestDeadlineReminders(IServiceScopeFactory scopes, TimeProvider clock, ILogger<RequestDeadlineReminders> logger) : PeriodicJob(clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromHours(1);

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => SendDueAsync(cancellationToken);

    /// <summary>Returns how many requests it wrote about (reminders and overdue reports).</summary>
    internal async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<PublicInformationDbContext>();
        var portal = scope.ServiceProvider.GetRequiredService<IOptions<PortalOptions>>().Value;
        var now = Clock.GetUtcNow();
        var today = LocalTime.Today(now);
        var requestClock = await context.RequestClockAsync(cancellationToken);
        var horizon = requestClock.Count(today, RequestClock.ReminderDays).Due;
        var open = await context.Requests
            .Where(r => r.Status == RequestStatus.Registered && r.DueOn <= horizon
                && (r.RemindedForDueOn == null || r.RemindedForDueOn != r.DueOn || (r.DueOn < today && (r.OverdueReportedForDueOn == null || r.OverdueReportedForDueOn != r.DueOn))))
            .ToListAsync(cancellationToken);
        if (open.Count == 0)
        {
            return 0;
        }

        var staff = await context.Officers.AsNoTracking().Where(o => o.IsActive).ToListAsync(cancellationToken);
        var written = 0;
        foreach (var r in open)
        {
            var link = portal.Link($"/staf/ppid/permohonan/{r.Id}");
            if (r.RemindedForDueOn != r.DueOn)
            {
                foreach (var officer in staff.Where(o => o.OfficerOf(r.AgencyId)))
                {
                    context.QueueMail(new OutgoingMail(
                        officer.Email,
                        $"Permohonan {r.Number} jatuh tempo {r.DueOn:yyyy-MM-dd} / falls due",
                        $"Permohonan informasi {r.Number} harus dijawab dengan pemberitahuan tertulis paling lambat {r.DueOn:yyyy-MM-dd}.\nInformation request {r.Number} must be answered with a written notice by {r.DueOn:yyyy-MM-dd}.\n\n{link}"),
                        now);
                }

                r.MarkReminded();
                written++;
            }

            if (r.DueOn < today && r.OverdueReportedForDueOn != r.DueOn)
            {
                foreach (var supervisor in staff.Where(o => o.SupervisorOf(r.AgencyId)))
                {
                    context.QueueMail(new OutgoingMail(
                        supervisor.Email,
                        $"Permohonan {r.Number} melewati batas waktu / is overdue",
                        $"Permohonan informasi {r.Number} belum dijawab; batas waktunya {r.DueOn:yyyy-MM-dd}. Pemohon dapat mengajukan keberatan (Pasal 35 huruf c/g).\nInformation request {r.Number} is unanswered past its deadline of {r.DueOn:yyyy-MM-dd}.\n\n{link}"),
                        now);
                }

                r.MarkOverdueReported();
                written++;
            }
        }

        await context.SaveChangesAsync(cancellationToken);
        return written;
    }
}
