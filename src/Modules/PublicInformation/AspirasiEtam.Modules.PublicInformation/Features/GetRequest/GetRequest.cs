namespace AspirasiEtam.Modules.PublicInformation.Features.GetRequest;

/// <summary>One request as staff in scope see it: the applicant's identity only for those who may see it.</summary>
[Authorize(Policy = Policies.Staff)]
internal sealed record GetRequest(Guid Id) : IRequest<StaffRequestView>;

internal sealed class GetRequestHandler(PublicInformationDbContext context, StaffRequests staff) : IRequestHandler<GetRequest, StaffRequestView>
{
    public async Task<StaffRequestView> Handle(GetRequest request, CancellationToken cancellationToken) =>
        await ViewAsync(context, staff, await staff.FindToReadAsync(request.Id, cancellationToken), cancellationToken);

    /// <summary>The staff view of a request just read or changed: every staff use case on a request answers with it.</summary>
    internal static async Task<StaffRequestView> ViewAsync(PublicInformationDbContext context, StaffRequests staff, InformationRequest r, CancellationToken cancellationToken)
    {
        var agency = await context.FindAgencyAsync(r.AgencyId, cancellationToken);
        var today = staff.Today;
        var objections = await context.Objections.AsNoTracking().Where(o => o.RequestId == r.Id).OrderBy(o => o.FiledAt).ToListAsync(cancellationToken);
        return StaffRequestView.Of(
            r, agency.Name, await context.RequestClockAsync(cancellationToken), today, staff.MaySeeContact(r), staff.MaySeeIdentityProof(r),
            [.. objections.Select(o => ObjectionView.Of(o, r.Number, today))]);
    }
}

internal static class GetRequestEndpoint
{
    public static void Map(IEndpointRouteBuilder staff) =>
        staff.MapGet("/{id:guid}", async Task<Ok<StaffRequestView>> (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new GetRequest(id), cancellationToken)))
            .WithName("GetInformationRequest")
            .WithSummary("One information request in the caller's scope")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
