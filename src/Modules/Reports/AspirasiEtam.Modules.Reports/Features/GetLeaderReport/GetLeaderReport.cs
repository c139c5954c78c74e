namespace AspirasiEtam.Modules.Reports.Features.GetLeaderReport;

/// <summary>
/// The leader's report of one agency: its card for a month (the month before, by default), what is past its
/// follow-up deadline now, and the oldest reports still open — by report number, category and dates, never a
/// reporter. For the agency's staff and supervisors (their agencies only), PPID Utama and super admins; the same
/// content goes out by email on the first working day of each month (<see cref="Jobs.SendLeaderReports.LeaderReportMailer"/>).
/// </summary>
[Authorize(Policy = Policies.Staff)]
internal sealed record GetLeaderReport(string Code, int Year, int Month) : IRequest<LeaderReport>;

internal sealed record LeaderReport(
    Guid AgencyId, string Code, string Name, int Year, int Month, Card Figures, DateTimeOffset At, int WithAgency, int Overdue, int OpenRequests,
    IReadOnlyList<OpenItem> Oldest);

internal sealed record OpenItem(string? ReportNumber, string? CategoryCode, string Status, DateTime? Since, DateTime? DueAt, bool Overdue);

internal sealed class GetLeaderReportValidator : AbstractValidator<GetLeaderReport>
{
    public GetLeaderReportValidator() => RuleFor(r => new ReportPeriod(r.Year, null, r.Month)).SetValidator(new ReportPeriodRules()).OverridePropertyName("Period");
}

internal sealed class GetLeaderReportHandler(ReportsDbContext context, ICurrentUser user, TimeProvider clock) : IRequestHandler<GetLeaderReport, LeaderReport>
{
    public async Task<LeaderReport> Handle(GetLeaderReport request, CancellationToken cancellationToken)
    {
        var code = request.Code.ToUpperInvariant();
        var agency = await context.Agencies.AsNoTracking().FirstOrDefaultAsync(a => a.Code == code, cancellationToken);
        if (agency is null || !user.CanActFor(agency.Id))
        {
            throw new NotFoundException($"No agency {request.Code} in your scope. / OPD {request.Code} tidak ada dalam cakupan Anda.");
        }

        return await LeaderReports.OfAsync(context, agency, FigureMonth.Of(request.Year, request.Month), clock.GetUtcNow(), cancellationToken);
    }
}

/// <summary>One way to put a leader's report together, for the page and the monthly email.</summary>
internal static class LeaderReports
{
    public const int OldestShown = 10;

    public static async Task<LeaderReport> OfAsync(ReportsDbContext context, ReportAgency agency, int month, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var now = at.UtcDateTime;
        var figures = CardFigures.Of(await context.Months.AsNoTracking().Where(m => m.Month == month && m.AgencyId == agency.Id).ToListAsync(cancellationToken));
        var open = context.Aspirations.AsNoTracking().Where(f => f.AgencyId == agency.Id && (f.Status == FactStatus.WithAgency || f.Status == FactStatus.Answered));
        var withAgency = await open.CountAsync(f => f.Status == FactStatus.WithAgency, cancellationToken);
        var overdue = await open.CountAsync(f => f.Status == FactStatus.WithAgency && f.FollowUpDueAt < now, cancellationToken);
        var oldest = await open.Where(f => f.Status == FactStatus.WithAgency).OrderBy(f => f.StatusAt).Take(OldestShown)
            .Select(f => new OpenItem(f.ReportNumber, f.CategoryCode, f.Status!, f.StatusAt, f.FollowUpDueAt, f.FollowUpDueAt < now))
            .ToListAsync(cancellationToken);
        var openRequests = await context.Requests.AsNoTracking().CountAsync(r => r.AgencyId == agency.Id && r.DecidedAt == null, cancellationToken);
        return new LeaderReport(agency.Id, agency.Code, agency.Name, month / 100, month % 100, figures, at, withAgency, overdue, openRequests, oldest);
    }
}

internal static class GetLeaderReportEndpoint
{
    public static void Map(IEndpointRouteBuilder staff) =>
        staff.MapGet("/agencies/{code}/leader-report", async Task<Ok<LeaderReport>> (string code, int year, int month, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetLeaderReport(code, year, month), ct)))
            .WithName("GetLeaderReport").WithSummary("An agency's leader's report: its card for a month, overdue now, the oldest open reports (no reporter)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
}
