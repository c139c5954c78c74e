namespace AspirasiEtam.Modules.OrganisationDirectory.Features.GetAgency;

[Authorize(Policy = Policies.Admin)]
internal sealed record GetAgency(Guid Id) : IRequest<AgencyResponse>;

internal sealed class GetAgencyHandler(DirectoryDbContext context) : IRequestHandler<GetAgency, AgencyResponse>
{
    public async Task<AgencyResponse> Handle(GetAgency request, CancellationToken cancellationToken)
    {
        var agency = await context.Agencies.AsNoTracking().FirstOrDefaultAsync(a => a.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException($"No agency has id {request.Id}. / OPD dengan id {request.Id} tidak ditemukan.");
        return AgencyResponse.From(agency);
    }
}

internal static class GetAgencyEndpoint
{
    public static void Map(IEndpointRouteBuilder admin) =>
        admin.MapGet("/{id:guid}", async Task<Ok<AgencyResponse>> (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new GetAgency(id), cancellationToken)))
            .WithName("GetAgency")
            .WithSummary("Get one agency")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
