namespace AspirasiEtam.Modules.PublicInformation.Features.ListObjections;

/// <summary>The objection register of the agencies in the caller's scope, newest first; optionally only those waiting or overdue.</summary>
[Authorize(Policy = Policies.Staff)]
internal sealed record ListObjections(Guid? AgencyId, bool OpenOnly, int? Year) : IRequest<IReadOnlyList<ObjectionView>>;

internal sealed class ListObjectionsHandler(PublicInformationDbContext context, StaffRequests staff) : IRequestHandler<ListObjections, IReadOnlyList<ObjectionView>>
{
    public async Task<IReadOnlyList<ObjectionView>> Handle(ListObjections request, CancellationToken cancellationToken)
    {
        var query = staff.ReadableObjections.AsNoTracking();
        if (request.AgencyId is { } agencyId)
        {
            query = query.Where(o => o.AgencyId == agencyId);
        }

        if (request.OpenOnly)
        {
            query = query.Where(o => o.Status == ObjectionStatus.Filed);
        }

        if (request.Year is { } year)
        {
            query = query.Where(o => o.NumberYear == year);
        }

        var rows = await query.OrderByDescending(o => o.FiledAt).Take(500)
            .Join(context.Requests, o => o.RequestId, r => r.Id, (o, r) => new { Objection = o, r.Number })
            .ToListAsync(cancellationToken);
        var today = staff.Today;
        return [.. rows.Select(x => ObjectionView.Of(x.Objection, x.Number, today))];
    }
}

internal static class ListObjectionsEndpoint
{
    public static void Map(IEndpointRouteBuilder staff) =>
        staff.MapGet("/", async Task<Ok<IReadOnlyList<ObjectionView>>> (Guid? agencyId, bool? open, int? year, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new ListObjections(agencyId, open ?? false, year), cancellationToken)))
            .WithName("ListObjections")
            .WithSummary("The objection register of the agencies in the caller's scope (?agencyId, ?open=true, ?year)");
}
