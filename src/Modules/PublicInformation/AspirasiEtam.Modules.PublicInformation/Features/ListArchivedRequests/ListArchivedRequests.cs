namespace AspirasiEtam.Modules.PublicInformation.Features.ListArchivedRequests;

/// <summary>
/// The public archive of answered requests: only those whose applicant agreed when asking, never a converted report
/// (its reporter made no such choice), without any applicant field — the question as the applicant wrote it, the
/// agency and the decision, newest first. The officer's text is left out: it may name the applicant.
/// </summary>
internal sealed record ListArchivedRequests(int Page = 1) : IRequest<ArchivePage>;

internal sealed record ArchivedRequest(string Number, string AgencyName, DateOnly ReceivedOn, DateOnly DecidedOn, string Outcome, string InformationWanted);

internal sealed record ArchivePage(IReadOnlyList<ArchivedRequest> Items, int Page, bool HasMore);

internal sealed class ListArchivedRequestsHandler(PublicInformationDbContext context) : IRequestHandler<ListArchivedRequests, ArchivePage>
{
    private const int PageSize = 20;

    public async Task<ArchivePage> Handle(ListArchivedRequests request, CancellationToken cancellationToken)
    {
        var page = Math.Clamp(request.Page, 1, 10_000);
        var rows = await context.Requests.AsNoTracking()
            .Where(r => r.PublicArchive && r.Channel != "aspiration" && r.DecidedOn != null && r.Outcome != null)
            .OrderByDescending(r => r.DecidedAt).Skip((page - 1) * PageSize).Take(PageSize + 1)
            .Join(context.Agencies, r => r.AgencyId, a => a.Id, (r, a) => new { r.Number, a.Name, r.ReceivedOn, r.DecidedOn, r.Outcome, r.InformationWanted })
            .ToListAsync(cancellationToken);
        return new ArchivePage(
            [.. rows.Take(PageSize).Select(r => new ArchivedRequest(r.Number, r.Name, r.ReceivedOn, r.DecidedOn!.Value, RequestCodes.Code(r.Outcome!.Value), r.InformationWanted))],
            page, rows.Count > PageSize);
    }
}
