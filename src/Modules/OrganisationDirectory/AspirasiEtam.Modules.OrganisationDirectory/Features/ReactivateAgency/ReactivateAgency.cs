namespace AspirasiEtam.Modules.OrganisationDirectory.Features.ReactivateAgency;

/// <summary>Lets a deactivated agency take new work again.</summary>
internal sealed record ReactivateAgency(Guid Id) : IRequest<AgencyResponse>;

internal sealed class ReactivateAgencyHandler(DirectoryDbContext context, TimeProvider clock) : IRequestHandler<ReactivateAgency, AgencyResponse>
{
    public Task<AgencyResponse> Handle(ReactivateAgency request, CancellationToken cancellationToken) =>
        AgencyActivationChange.ApplyAsync(context, request.Id, clock.GetUtcNow(), (agency, now) =>
        {
            agency.Reactivate(now.UtcDateTime);
            return AgencyIntegrationEvents.Reactivated(agency, now);
        }, cancellationToken);
}

internal static class ReactivateAgencyEndpoint
{
    public static void Map(IEndpointRouteBuilder admin) =>
        admin.MapPost("/{id:guid}/reactivate", async Task<Ok<AgencyResponse>> (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new ReactivateAgency(id), cancellationToken)))
            .WithName("ReactivateAgency")
            .WithSummary("Reactivate an agency (409 when it is already active)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
