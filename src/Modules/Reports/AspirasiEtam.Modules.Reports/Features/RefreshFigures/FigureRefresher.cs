using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AspirasiEtam.Modules.Reports.Features.RefreshFigures;

/// <summary>
/// Keeps <see cref="AgencyMonth"/> equal to a count over the facts: every few hundred milliseconds it takes the
/// months marked by fact changes (<see cref="PendingFigure"/>), recounts each month for every agency from the facts
/// (grouped counts through covering indexes), and stamps the marks — in one save. A recount is the same whatever
/// order or how often events came, and it is the only writer of the figures, so nothing races. Stamped marks are
/// kept an hour: the delay from an event to its figure is <c>RefreshedAt − EventAt</c>.
/// </summary>
internal sealed class FigureRefresher(IServiceScopeFactory scopes, TimeProvider clock, ILogger<FigureRefresher> logger) : BackgroundService
{
    public static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(200);

    private const int MarksPerRound = 20_000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failing = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var refreshed = await RefreshAsync(stoppingToken);
                if (failing)
                {
                    logger.LogInformation("Report figures are refreshed again");
                    failing = false;
                }

                if (refreshed == 0)
                {
                    await Task.Delay(Pause, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // One line per outage, without the details of the data (the storage layer logs its faults).
                if (!failing)
                {
                    logger.LogWarning("Report figures could not be refreshed ({Error}); retrying", ex.GetType().Name);
                    failing = true;
                }

                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
            }
        }
    }

    /// <summary>One round: the number of marks it took (0 when the figures were current).</summary>
    private async Task<int> RefreshAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<ReportsDbContext>();
        var pending = await context.PendingFigures.Where(p => p.RefreshedAt == null).OrderBy(p => p.Id).Take(MarksPerRound).ToListAsync(cancellationToken);
        if (pending.Count == 0)
        {
            return 0;
        }

        foreach (var month in pending.Select(p => p.Month).Distinct().Order())
        {
            await RecountAsync(context, month, cancellationToken);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var mark in pending)
        {
            mark.RefreshedAt = now;
        }

        await context.SaveChangesAsync(cancellationToken);
        var kept = now - TimeSpan.FromHours(1);
        await context.PendingFigures.Where(p => p.RefreshedAt < kept).ExecuteDeleteAsync(cancellationToken);
        return pending.Count;
    }

    /// <summary>Every agency's figures for one month, counted again from the facts.</summary>
    internal static async Task RecountAsync(ReportsDbContext context, int month, CancellationToken cancellationToken)
    {
        var (from, to) = FigureMonth.Range(month);
        var aspirations = context.Aspirations.AsNoTracking();
        var received = await aspirations.Where(f => f.DispatchedAt >= from && f.DispatchedAt < to && f.AgencyId != null)
            .GroupBy(f => f.AgencyId!.Value).Select(g => new { Agency = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var answered = await aspirations.Where(f => f.RespondedAt >= from && f.RespondedAt < to && f.RespondingAgencyId != null)
            .GroupBy(f => new { Agency = f.RespondingAgencyId!.Value, Days = f.WorkingDaysToRespond ?? 0, OnTime = f.RespondedOnTime ?? false })
            .Select(g => new { g.Key.Agency, g.Key.Days, g.Key.OnTime, Count = g.Count() }).ToListAsync(cancellationToken);
        var rated = await aspirations.Where(f => f.RatedAt >= from && f.RatedAt < to && f.RatedAgencyId != null && f.Rating != null)
            .GroupBy(f => f.RatedAgencyId!.Value).Select(g => new { Agency = g.Key, Count = g.Count(), Sum = g.Sum(f => f.Rating!.Value) }).ToListAsync(cancellationToken);
        var reopened = await context.Reopenings.AsNoTracking().Where(r => r.ReopenedAt >= from && r.ReopenedAt < to && r.AgencyId != null)
            .GroupBy(r => r.AgencyId!.Value).Select(g => new { Agency = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var submitted = await aspirations.CountAsync(f => f.SubmittedAt >= from && f.SubmittedAt < to, cancellationToken);
        var requests = await context.Requests.AsNoTracking().Where(r => r.RegisteredAt >= from && r.RegisteredAt < to && r.AgencyId != null)
            .GroupBy(r => r.AgencyId!.Value).Select(g => new { Agency = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var decided = await context.Requests.AsNoTracking().Where(r => r.DecidedAt >= from && r.DecidedAt < to && r.AgencyId != null)
            .GroupBy(r => new { Agency = r.AgencyId!.Value, r.Outcome, OnTime = r.DecidedOnTime ?? false })
            .Select(g => new { g.Key.Agency, g.Key.Outcome, g.Key.OnTime, Count = g.Count() }).ToListAsync(cancellationToken);
        var filed = await context.Objections.AsNoTracking().Where(o => o.FiledAt >= from && o.FiledAt < to && o.AgencyId != null)
            .GroupBy(o => o.AgencyId!.Value).Select(g => new { Agency = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var upheld = await context.Objections.AsNoTracking().Where(o => o.DecidedAt >= from && o.DecidedAt < to && o.AgencyId != null && o.Outcome == "upheld")
            .GroupBy(o => o.AgencyId!.Value).Select(g => new { Agency = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);

        var rows = await context.Months.Where(m => m.Month == month).ToDictionaryAsync(m => m.AgencyId, cancellationToken);
        foreach (var row in rows.Values)
        {
            row.Clear();
        }

        AgencyMonth Row(Guid agency)
        {
            if (!rows.TryGetValue(agency, out var row))
            {
                row = new AgencyMonth(agency, month);
                context.Months.Add(row);
                rows[agency] = row;
            }

            return row;
        }

        Row(Guid.Empty).Submitted = submitted;
        received.ForEach(r => Row(r.Agency).Received = r.Count);
        foreach (var group in answered.GroupBy(a => a.Agency))
        {
            var row = Row(group.Key);
            row.Answered = group.Sum(a => a.Count);
            row.AnsweredOnTime = group.Where(a => a.OnTime).Sum(a => a.Count);
            row.AnswerDays = AnswerDays.Format(group.GroupBy(a => a.Days).ToDictionary(d => d.Key, d => d.Sum(a => a.Count)));
        }

        rated.ForEach(r => (Row(r.Agency).Ratings, Row(r.Agency).RatingSum) = (r.Count, r.Sum));
        reopened.ForEach(r => Row(r.Agency).Reopened = r.Count);
        requests.ForEach(r => Row(r.Agency).RequestsReceived = r.Count);
        foreach (var d in decided)
        {
            var row = Row(d.Agency);
            row.RequestsDecided += d.Count;
            row.RequestsOnTime += d.OnTime ? d.Count : 0;
            switch (d.Outcome)
            {
                case "granted": row.RequestsGranted += d.Count; break;
                case "granted-in-part": row.RequestsGrantedInPart += d.Count; break;
                case "refused": row.RequestsRefused += d.Count; break;
                default: row.RequestsNotHeld += d.Count; break;
            }
        }

        filed.ForEach(o => Row(o.Agency).ObjectionsFiled = o.Count);
        upheld.ForEach(o => Row(o.Agency).ObjectionsUpheld = o.Count);
        foreach (var empty in rows.Values.Where(r => r.IsEmpty))
        {
            context.Months.Remove(empty);
        }
    }
}
