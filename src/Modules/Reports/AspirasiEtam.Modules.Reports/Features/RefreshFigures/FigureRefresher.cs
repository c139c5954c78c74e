using AspirasiEtam.Modules.Reports.Caching;
using AspirasiEtam.Shared.Persistence;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AspirasiEtam.Modules.Reports.Features.RefreshFigures;

/// <summary>
/// Keeps <see cref="AgencyMonth"/> equal to a count over the facts: every few hundred milliseconds it takes the
/// agencies' months marked by fact changes (<see cref="PendingFigure"/>), recounts each from the facts (counts over
/// index ranges of that agency and month, outside the write lock), and saves them with the stamp on the marks in one
/// transaction. A recount is the same whatever order or how often events came, and it is the only writer of the
/// figures, so nothing races. Stamped marks are kept an hour: the delay from an event to its figure is
/// <c>RefreshedAt − EventAt</c>.
/// </summary>
internal sealed class FigureRefresher(IServiceScopeFactory scopes, IOutputCacheStore cache, TimeProvider clock, ILogger<FigureRefresher> logger) : BackgroundService
{
    public static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// Between rounds while a source is still replaying its history: the figures are incomplete until it ends, and
    /// recounting the same months after every page would take the machine from the replay.
    /// </summary>
    public static readonly TimeSpan CatchingUpPause = TimeSpan.FromSeconds(1);

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
                else if (await CatchingUpAsync(stoppingToken))
                {
                    await Task.Delay(CatchingUpPause, stoppingToken);
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

    private async Task<bool> CatchingUpAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ReportsDbContext>().Replays.AnyAsync(r => r.CompletedAt == null, cancellationToken);
    }

    /// <summary>One round: the number of marks it took (0 when the figures were current).</summary>
    private async Task<int> RefreshAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<ReportsDbContext>();
        var pending = await context.PendingFigures.AsNoTracking().Where(p => p.RefreshedAt == null).OrderBy(p => p.Id).Take(MarksPerRound)
            .Select(p => new { p.Id, p.AgencyId, p.Month }).ToListAsync(cancellationToken);
        if (pending.Count == 0)
        {
            return 0;
        }

        // Counted outside the write lock, so the fact consumers keep writing meanwhile: a fact changed after these reads
        // came with a mark of its own, newer than the last one taken here, so its month is counted again next round.
        foreach (var (agency, month) in pending.Select(p => (p.AgencyId, p.Month)).Distinct().Order())
        {
            await RecountAsync(context, agency, month, cancellationToken);
        }

        // The figures and the stamp on the marks they answer in one transaction; the marks are stamped with one
        // statement (tens of thousands of them after a replay).
        var now = clock.GetUtcNow().UtcDateTime;
        var (first, last) = (pending[0].Id, pending[^1].Id);
        await ExclusiveWrite.RunAsync(context, async () =>
        {
            await context.SaveChangesAsync(cancellationToken);
            return await context.PendingFigures.Where(p => p.Id >= first && p.Id <= last && p.RefreshedAt == null)
                .ExecuteUpdateAsync(set => set.SetProperty(p => p.RefreshedAt, now), cancellationToken);
        }, cancellationToken);
        await cache.EvictByTagAsync(ReportsCache.Tag, cancellationToken);
        var kept = now - TimeSpan.FromHours(1);
        await context.PendingFigures.Where(p => p.RefreshedAt < kept).ExecuteDeleteAsync(cancellationToken);
        return pending.Count;
    }

    /// <summary>One agency's figures for one month, counted again from the facts (<see cref="Guid.Empty"/>: reports received).</summary>
    internal static async Task RecountAsync(ReportsDbContext context, Guid agency, int month, CancellationToken cancellationToken)
    {
        var (from, to) = FigureMonth.Range(month);
        var row = await context.Months.FindAsync([month, agency], cancellationToken);
        if (row is null)
        {
            row = new AgencyMonth(agency, month);
            context.Months.Add(row);
        }

        row.Clear();
        var aspirations = context.Aspirations.AsNoTracking();
        if (agency == Guid.Empty)
        {
            row.Submitted = await aspirations.CountAsync(f => f.SubmittedAt >= from && f.SubmittedAt < to, cancellationToken);
        }
        else
        {
            row.Received = await aspirations.CountAsync(f => f.AgencyId == agency && f.DispatchedAt >= from && f.DispatchedAt < to, cancellationToken);
            var answered = await aspirations.Where(f => f.RespondingAgencyId == agency && f.RespondedAt >= from && f.RespondedAt < to)
                .GroupBy(f => new { Days = f.WorkingDaysToRespond ?? 0, OnTime = f.RespondedOnTime ?? false })
                .Select(g => new { g.Key.Days, g.Key.OnTime, Count = g.Count() }).ToListAsync(cancellationToken);
            row.Answered = answered.Sum(a => a.Count);
            row.AnsweredOnTime = answered.Where(a => a.OnTime).Sum(a => a.Count);
            row.AnswerDays = AnswerDays.Format(answered.GroupBy(a => a.Days).ToDictionary(d => d.Key, d => d.Sum(a => a.Count)));
            var rated = await aspirations.Where(f => f.RatedAgencyId == agency && f.RatedAt >= from && f.RatedAt < to && f.Rating != null)
                .GroupBy(f => 1).Select(g => new { Count = g.Count(), Sum = g.Sum(f => f.Rating!.Value) }).FirstOrDefaultAsync(cancellationToken);
            (row.Ratings, row.RatingSum) = (rated?.Count ?? 0, rated?.Sum ?? 0);
            row.Reopened = await context.Reopenings.AsNoTracking().CountAsync(r => r.AgencyId == agency && r.ReopenedAt >= from && r.ReopenedAt < to, cancellationToken);

            var requests = context.Requests.AsNoTracking();
            row.RequestsReceived = await requests.CountAsync(r => r.AgencyId == agency && r.RegisteredAt >= from && r.RegisteredAt < to, cancellationToken);
            foreach (var d in await requests.Where(r => r.AgencyId == agency && r.DecidedAt >= from && r.DecidedAt < to)
                         .GroupBy(r => new { r.Outcome, OnTime = r.DecidedOnTime ?? false }).Select(g => new { g.Key.Outcome, g.Key.OnTime, Count = g.Count() })
                         .ToListAsync(cancellationToken))
            {
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

            var objections = context.Objections.AsNoTracking();
            row.ObjectionsFiled = await objections.CountAsync(o => o.AgencyId == agency && o.FiledAt >= from && o.FiledAt < to, cancellationToken);
            row.ObjectionsUpheld = await objections.CountAsync(o => o.AgencyId == agency && o.DecidedAt >= from && o.DecidedAt < to && o.Outcome == "upheld", cancellationToken);
        }

        if (row.IsEmpty)
        {
            context.Months.Remove(row);
        }
    }
}
