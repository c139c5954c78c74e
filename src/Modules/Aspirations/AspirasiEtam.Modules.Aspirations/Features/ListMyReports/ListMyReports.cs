namespace AspirasiEtam.Modules.Aspirations.Features.ListMyReports;

/// <summary>
/// The signed-in citizen's own reports, newest first, with their status and what is due: the citizen's way back to each
/// without keeping the tracking code (it is theirs, so their own page shows it).
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
internal sealed record ListMyReports : IRequest<IReadOnlyList<MyReport>>;

internal sealed record MyReport(string TrackingCode, string ReportNumber, string Kind, string Title, string Status, DateTime CreatedAt, DateTime? DueAt, string? InformationRequestNumber);

internal sealed class ListMyReportsHandler(AspirationsDbContext context, ICurrentUser currentUser) : IRequestHandler<ListMyReports, IReadOnlyList<MyReport>>
{
    public async Task<IReadOnlyList<MyReport>> Handle(ListMyReports request, CancellationToken cancellationToken)
    {
        var me = currentUser.UserId;
        var rows = await context.Submissions.AsNoTracking()
            .Where(s => s.Reporter.UserId != null && s.Reporter.UserId == me)
            .OrderByDescending(s => s.CreatedAt).Take(200)
            .Select(s => new { s.TrackingCode, s.ReportNumber, s.Kind, s.Title, s.Status, s.CreatedAt, s.DueAt, s.InformationRequestNumber })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(s => new MyReport(s.TrackingCode, s.ReportNumber, s.Kind.ToString(), s.Title, s.Status.ToString(), s.CreatedAt, s.DueAt, s.InformationRequestNumber))];
    }
}
