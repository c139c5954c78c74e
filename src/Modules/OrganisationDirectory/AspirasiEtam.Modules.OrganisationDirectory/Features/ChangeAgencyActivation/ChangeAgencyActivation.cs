namespace AspirasiEtam.Modules.OrganisationDirectory.Features.ChangeAgencyActivation;

/// <summary>
/// Deactivating stops an agency from taking new work (it stays in the directory with its history); reactivating
/// lets it take work again.
/// </summary>
[Authorize(Policy = Policies.Admin)]
internal sealed record ChangeAgencyActivation(Guid Id, bool Active) : IRequest<AgencyResponse>;

internal sealed class ChangeAgencyActivationHandler(DirectoryDbContext context, TimeProvider clock) : IRequestHandler<ChangeAgencyActivation, AgencyResponse>
{
    public async Task<AgencyResponse> Handle(ChangeAgencyActivation request, CancellationToken cancellationToken)
    {
        var agency = await context.FindAgencyAsync(request.Id, cancellationToken);
        var now = clock.GetUtcNow();
        if (request.Active)
        {
            agency.Reactivate(now.UtcDateTime);
            context.Publish(AgencyIntegrationEvents.Reactivated(agency, now));
        }
        else
        {
            agency.Deactivate(now.UtcDateTime);
            context.Publish(AgencyIntegrationEvents.Deactivated(agency, now));
        }

        await context.SaveChangesAsync(cancellationToken);
        return AgencyResponse.From(agency);
    }
}

internal static class ChangeAgencyActivationEndpoint
{
    public static void Map(IEndpointRouteBuilder admin)
    {
        Map(admin, "deactivate", active: false, "DeactivateAgency", "Deactivate an agency (409 when it is already inactive or hosts the PPID Utama)");
        Map(admin, "reactivate", active: true, "ReactivateAgency", "Reactivate an agency (409 when it is already active)");
    }

    private static void Map(IEndpointRouteBuilder admin, string action, bool active, string name, string summary) =>
        admin.MapPost($"/{{id:guid}}/{action}", async Task<Ok<AgencyResponse>> (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new ChangeAgencyActivation(id, active), cancellationToken)))
            .WithName(name)
            .WithSummary(summary)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
