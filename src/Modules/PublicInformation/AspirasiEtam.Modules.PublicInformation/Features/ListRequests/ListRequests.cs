namespace AspirasiEtam.Modules.PublicInformation.Features.ListRequests;

/// <summary>
/// The request register of the agencies in the caller's scope, newest first: filtered by agency, status, year, or only
/// the overdue (what the Atasan PPID watches). No applicant identity in a list.
/// </summary>
[Authorize(Policy = Policies.Staff)]
internal sealed record ListRequests(Guid? AgencyId, string? Status, int? Year, bool OverdueOnly, int Page = 1, int PageSize = 50) : IRequest<RequestPage>;

internal sealed record RequestPage(IReadOnlyList<RequestRow> Items, int Total, int Page, int PageSize);

internal sealed class ListRequestsHandler(PublicInformationDbContext context, StaffRequests staff) : IRequestHandler<ListRequests, RequestPage>
{
    public async Task<RequestPage> Handle(ListRequests request, CancellationToken cancellationToken)
    {
        var query = staff.Readable.AsNoTracking();
        if (request.AgencyId is { } agencyId)
        {
            query = query.Where(r => r.AgencyId == agencyId);
        }

        if (request.Status is { Length: > 0 })
        {
            var status = RequestCodes.ParseStatus(request.Status) ?? throw new InvalidFieldException("status", "Status: registered, decided, closed.");
            query = query.Where(r => r.Status == status);
        }

        if (request.Year is { } year)
        {
            query = query.Where(r => r.NumberYear == year);
        }

        var today = staff.Today;
        if (request.OverdueOnly)
        {
            query = query.Where(r => r.Status == RequestStatus.Registered && r.DueOn < today);
        }

        var pageSize = Math.Clamp(request.PageSize, 1, 200);
        var page = Math.Clamp(request.Page, 1, 100_000);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(r => r.ReceivedAt).Skip((page - 1) * pageSize).Take(pageSize)
            .Select(r => new { r.Id, r.Number, r.AgencyId, r.Status, r.Outcome, r.ReceivedOn, r.DueOn, r.ExtensionReason, r.InformationWanted })
            .ToListAsync(cancellationToken);
        var agencyIds = rows.Select(r => r.AgencyId).Distinct().ToList();
        var names = await context.Agencies.AsNoTracking().Where(a => agencyIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        return new RequestPage(
            [.. rows.Select(r => new RequestRow(
                r.Id, r.Number, r.AgencyId, names.GetValueOrDefault(r.AgencyId, "?"), RequestCodes.Code(r.Status), r.Outcome is { } o ? RequestCodes.Code(o) : null,
                r.ReceivedOn, r.DueOn, r.Status == RequestStatus.Registered && today > r.DueOn, r.ExtensionReason is not null, r.InformationWanted))],
            total, page, pageSize);
    }
}

internal static class ListRequestsEndpoint
{
    public static void Map(IEndpointRouteBuilder staff) =>
        staff.MapGet("/", async Task<Ok<RequestPage>> (
                Guid? agencyId, string? status, int? year, bool? overdue, int? page, int? pageSize, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new ListRequests(agencyId, status, year, overdue ?? false, page ?? 1, pageSize ?? 50), cancellationToken)))
            .WithName("ListInformationRequests")
            .WithSummary("The request register of the agencies in the caller's scope (?agencyId, ?status, ?year, ?overdue=true)")
            .ProducesValidationProblem();
}
