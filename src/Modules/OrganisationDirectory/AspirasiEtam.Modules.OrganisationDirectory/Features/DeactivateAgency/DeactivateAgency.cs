namespace AspirasiEtam.Modules.OrganisationDirectory.Features.DeactivateAgency;

/// <summary>Stops an agency from taking new work; it stays in the directory with its history.</summary>
internal sealed record DeactivateAgency(Guid Id) : IRequest<AgencyResponse>;

internal sealed class DeactivateAgencyHandler(DirectoryDbContext context, TimeProvider clock) : IRequestHandler<DeactivateAgency, AgencyResponse>
{
    public Task<AgencyResponse> Handle(DeactivateAgency request, CancellationToken cancellationToken) =>
        AgencyActivationChange.ApplyAsync(context, request.Id, clock.GetUtcNow(), (agency, now) =>
        {
            agency.Deactivate(now.UtcDateTime);
            return AgencyIntegrationEvents.Deactivated(agency, now);
        }, cancellationToken);
}

internal static class DeactivateAgencyEndpoint
{
    public static void Map(IEndpointRouteBuilder admin) =>
        admin.MapPost("/{id:guid}/deactivate", async Task<Ok<AgencyResponse>> (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new DeactivateAgency(id), cancellationToken)))
            .WithName("DeactivateAgency")
            .WithSummary("Deactivate an agency (409 when it is already inactive or hosts the PPID Utama)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
