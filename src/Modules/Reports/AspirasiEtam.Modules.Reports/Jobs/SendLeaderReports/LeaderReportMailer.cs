using System.Globalization;
using System.Text;
using AspirasiEtam.Modules.Reports.Features;
using AspirasiEtam.Modules.Reports.Features.GetDashboard;
using AspirasiEtam.Modules.Reports.Features.GetLeaderReport;
using AspirasiEtam.Shared.Jobs;
using AspirasiEtam.Shared.Mail;
using AspirasiEtam.Shared.Time;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AspirasiEtam.Modules.Reports.Jobs.SendLeaderReports;

/// <summary>
/// Every hour: from 07:00 WITA on the first working day of a month (Monday–Friday, not a holiday of the module's copy
/// of the calendar) — or in the week after it, if the portal was down — each agency head (Supervisor) gets
/// the leader's report of each agency they head for the month before, and PPID Utama the province's card with the
/// agencies that have work past its deadline — each recipient once per month (<see cref="LeaderReportSent"/> is saved
/// with the queued mail). Report numbers, categories and dates only: no reporter.
/// </summary>
internal sealed class LeaderReportMailer(IServiceScopeFactory scopes, TimeProvider clock, ILogger<LeaderReportMailer> logger) : PeriodicJob(clock, logger)
{
    public static readonly TimeSpan SendFrom = TimeSpan.FromHours(7);

    /// <summary>A report is news in the week from the month's first working day; a portal started later waits for the next month.</summary>
    public const int DaysToSend = 7;

    protected override TimeSpan Interval => TimeSpan.FromHours(1);

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => SendDueAsync(cancellationToken);

    /// <summary>The first working day of a month: a Monday–Friday that is no holiday.</summary>
    public static DateOnly FirstWorkingDay(int year, int month, WorkingDayCalendar calendar)
    {
        var day = new DateOnly(year, month, 1);
        while (!calendar.IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    /// <summary>Returns how many reports it queued.</summary>
    internal async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow();
        var local = LocalTime.Of(now.UtcDateTime);
        var today = DateOnly.FromDateTime(local);
        using var scope = scopes.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<ReportsDbContext>();
        var calendar = new WorkingDayCalendar(await context.Holidays.AsNoTracking().Select(h => h.Date).ToListAsync(cancellationToken));
        var first = FirstWorkingDay(local.Year, local.Month, calendar);
        if (today < first || (today == first && local.TimeOfDay < SendFrom) || today.DayNumber - first.DayNumber >= DaysToSend)
        {
            return 0;
        }

        var portal = scope.ServiceProvider.GetRequiredService<IOptions<PortalOptions>>().Value;
        var month = FigureMonth.Add(FigureMonth.Of(local.Year, local.Month), -1);
        var sent = (await context.LeaderReportsSent.AsNoTracking().Where(s => s.Month == month).Select(s => s.UserId).ToListAsync(cancellationToken)).ToHashSet();
        var recipients = await context.Recipients.AsNoTracking().Where(r => r.IsActive && (r.IsSupervisor || r.IsMainOffice)).ToListAsync(cancellationToken);
        var agencies = await context.Agencies.AsNoTracking().Where(a => a.IsActive).ToDictionaryAsync(a => a.Id, cancellationToken);
        var label = new DateTime(month / 100, month % 100, 1).ToString("MMMM yyyy", CultureInfo.GetCultureInfo("id-ID"));

        // Each agency's part and the province's are put together once, however many recipients share them.
        var agencyParts = new Dictionary<Guid, string>();
        string? provincePart = null;
        var queued = 0;
        foreach (var recipient in recipients.Where(r => !sent.Contains(r.UserId)))
        {
            var body = new StringBuilder();
            if (recipient.IsSupervisor)
            {
                foreach (var agency in recipient.Agencies.Where(agencies.ContainsKey).Select(id => agencies[id]).OrderBy(a => a.Name, StringComparer.Ordinal))
                {
                    if (!agencyParts.TryGetValue(agency.Id, out var part))
                    {
                        agencyParts[agency.Id] = part = AgencyPart(await LeaderReports.OfAsync(context, agency, month, now, cancellationToken), label, portal);
                    }

                    body.Append(part);
                }
            }

            if (recipient.IsMainOffice)
            {
                body.Append(provincePart ??= await ProvincePartAsync(context, month, now, label, portal, cancellationToken));
            }

            if (body.Length == 0)
            {
                continue;
            }

            context.QueueMail(new OutgoingMail(recipient.Email, $"Laporan kinerja {label} / Performance report {label}", body.ToString()), now);
            context.LeaderReportsSent.Add(new LeaderReportSent(recipient.UserId, month, now));
            queued++;
        }

        await context.SaveChangesAsync(cancellationToken);
        return queued;
    }

    private static string AgencyPart(LeaderReport r, string label, PortalOptions portal)
    {
        var body = new StringBuilder();
        var f = r.Figures;
        body.AppendLine(CultureInfo.InvariantCulture, $"{r.Name} — {label}");
        body.AppendLine(CultureInfo.InvariantCulture, $"Aspirasi diterima / received: {f.Received}; dijawab / answered: {f.Answered} (tepat waktu / on time: {f.AnsweredOnTime}, {Num(f.OnTimePercent)}%)");
        body.AppendLine(CultureInfo.InvariantCulture, $"Median / P90 hari kerja / working days: {Num(f.MedianWorkingDays)} / {Num(f.P90WorkingDays)}; dibuka kembali / reopened: {f.Reopened}; nilai rata-rata / average rating: {Num(f.AverageRating)}");
        body.AppendLine(CultureInfo.InvariantCulture, $"Permohonan informasi / information requests: {f.Requests.Received}; diputus tepat waktu / decided on time: {f.Requests.DecidedOnTime} of {f.Requests.Decided}; keberatan / objections: {f.Requests.Objections}");
        body.AppendLine(CultureInfo.InvariantCulture, $"Sekarang / now: ditindaklanjuti / being followed up {r.WithAgency}, lewat batas / overdue {r.Overdue}, permohonan terbuka / open requests {r.OpenRequests}");
        if (r.Oldest.Count > 0)
        {
            body.AppendLine("Laporan terbuka paling lama / oldest open reports:");
            foreach (var item in r.Oldest)
            {
                body.AppendLine(CultureInfo.InvariantCulture, $" - {item.ReportNumber} ({item.CategoryCode}) sejak / since {Date(item.Since)}, batas / due {Date(item.DueAt)}{(item.Overdue ? " (lewat / overdue)" : string.Empty)}");
            }
        }

        body.AppendLine(portal.Link($"/staf/kinerja/{r.Code}?tahun={r.Year}&bulan={r.Month}"));
        return body.AppendLine().ToString();
    }

    private static async Task<string> ProvincePartAsync(ReportsDbContext context, int month, DateTimeOffset now, string label, PortalOptions portal, CancellationToken cancellationToken)
    {
        var body = new StringBuilder();
        var rows = await CardFigures.MonthsAsync(context, month, month, cancellationToken);
        var f = CardFigures.Of(rows);
        var live = await LiveCounts.OfAsync(context, now, cancellationToken);
        body.AppendLine(CultureInfo.InvariantCulture, $"Provinsi Kalimantan Timur — {label}");
        body.AppendLine(CultureInfo.InvariantCulture, $"Laporan masuk / reports received: {CardFigures.Submitted(rows)}; diteruskan / dispatched: {f.Received}; dijawab / answered: {f.Answered} (tepat waktu / on time: {Num(f.OnTimePercent)}%)");
        body.AppendLine(CultureInfo.InvariantCulture, $"Permohonan informasi / information requests: {f.Requests.Received}; diputus tepat waktu / decided on time: {f.Requests.DecidedOnTime} of {f.Requests.Decided}");
        body.AppendLine("Lewat batas tindak lanjut sekarang / past the follow-up deadline now:");
        foreach (var agency in live.Agencies.Where(a => a.Overdue > 0))
        {
            body.AppendLine(CultureInfo.InvariantCulture, $" - {agency.Name}: {agency.Overdue}");
        }

        body.AppendLine(portal.Link("/staf/kinerja"));
        return body.AppendLine().ToString();
    }

    private static string Num(double? value) => value?.ToString("0.#", CultureInfo.InvariantCulture) ?? "—";

    private static string Date(DateTime? utc) => utc is { } at ? LocalTime.Of(at).ToString("d MMM yyyy", CultureInfo.InvariantCulture) : "—";
}
