namespace AspirasiEtam.Modules.Reports.Features.GetDashboard;

/// <summary>
/// PPID Utama's live view of the work: reports waiting for verification (and how long the oldest has waited), and per
/// agency the reports it is following up, those past their follow-up deadline, those answered and waiting for the
/// reporter, and its open information requests. Read from the facts at each request, so it is as current as the
/// events (each applied within a second of its change).
/// </summary>
[Authorize(Policy = Policies.Admin)]
internal sealed record GetDashboard : IRequest<Dashboard>;

internal sealed record Dashboard(DateTimeOffset At, int WaitingForVerification, DateTime? OldestWaitingSince, int WithAgencies, int Overdue, int Answered, int OpenRequests, IReadOnlyList<DashboardAgency> Agencies);

internal sealed record DashboardAgency(Guid AgencyId, string Code, string Name, int WithAgency, int Overdue, int Answered, int OpenRequests);

internal sealed class GetDashboardHandler(ReportsDbContext context, TimeProvider clock) : IRequestHandler<GetDashboard, Dashboard>
{
    public Task<Dashboard> Handle(GetDashboard request, CancellationToken cancellationToken) => LiveCounts.OfAsync(context, clock.GetUtcNow(), cancellationToken);
}

/// <summary>One way to count the open work, for the dashboard and PPID Utama's monthly mail.</summary>
internal static class LiveCounts
{
    public static async Task<Dashboard> OfAsync(ReportsDbContext context, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var now = at.UtcDateTime;
        var open = await context.Aspirations.AsNoTracking()
            .Where(f => FactStatus.Open.Contains(f.Status!))
            .GroupBy(f => new { f.Status, f.AgencyId, Overdue = f.Status == FactStatus.WithAgency && f.FollowUpDueAt < now })
            .Select(g => new { g.Key.Status, g.Key.AgencyId, g.Key.Overdue, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var oldest = await context.Aspirations.AsNoTracking().Where(f => f.Status == FactStatus.Verifying).MinAsync(f => f.StatusAt, cancellationToken);
        var requests = await context.Requests.AsNoTracking().Where(r => r.DecidedAt == null && r.AgencyId != null)
            .GroupBy(r => r.AgencyId!.Value).Select(g => new { Agency = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Agency, g => g.Count, cancellationToken);
        var agencies = await context.Agencies.AsNoTracking().Where(a => a.IsActive).OrderBy(a => a.Name).ToListAsync(cancellationToken);

        int Count(Guid? agency, string status, bool? overdue = null) =>
            open.Where(o => (agency is null || o.AgencyId == agency) && o.Status == status && (overdue is null || o.Overdue == overdue)).Sum(o => o.Count);

        var rows = agencies
            .Select(a => new DashboardAgency(a.Id, a.Code, a.Name, Count(a.Id, FactStatus.WithAgency), Count(a.Id, FactStatus.WithAgency, overdue: true), Count(a.Id, FactStatus.Answered), requests.GetValueOrDefault(a.Id)))
            .OrderByDescending(a => a.Overdue).ThenByDescending(a => a.WithAgency).ThenBy(a => a.Name, StringComparer.Ordinal)
            .ToList();
        return new Dashboard(
            at, Count(null, FactStatus.Verifying), oldest, Count(null, FactStatus.WithAgency), Count(null, FactStatus.WithAgency, overdue: true),
            Count(null, FactStatus.Answered), requests.Values.Sum(), rows);
    }
}

internal static class GetDashboardEndpoint
{
    public static void Map(IEndpointRouteBuilder staff) =>
        staff.MapGet("/dashboard", async Task<Ok<Dashboard>> (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetDashboard(), ct)))
            .WithName("GetReportsDashboard").WithSummary("PPID Utama's live counts: waiting for verification, and per agency following up, overdue, answered, open requests");
}
