using AspirasiEtam.Modules.OrganisationDirectory.Domain;
using AspirasiEtam.Modules.OrganisationDirectory.Persistence;
using AspirasiEtam.Shared.Contracts;
using AspirasiEtam.Shared.Messaging;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace AspirasiEtam.Modules.OrganisationDirectory.Features.AgencyActivation;

/// <summary>Stops an agency from taking new work; it stays in the directory with its history.</summary>
internal sealed record DeactivateAgency(Guid Id) : IRequest<AgencyResponse>;

/// <summary>Lets a deactivated agency take new work again.</summary>
internal sealed record ReactivateAgency(Guid Id) : IRequest<AgencyResponse>;

internal sealed class AgencyActivationHandler(DirectoryDbContext context, TimeProvider clock)
    : IRequestHandler<DeactivateAgency, AgencyResponse>, IRequestHandler<ReactivateAgency, AgencyResponse>
{
    public Task<AgencyResponse> Handle(DeactivateAgency request, CancellationToken cancellationToken) =>
        ChangeAsync(request.Id, (agency, now) =>
        {
            agency.Deactivate(now.UtcDateTime);
            return AgencyIntegrationEvents.Deactivated(agency, now);
        }, cancellationToken);

    public Task<AgencyResponse> Handle(ReactivateAgency request, CancellationToken cancellationToken) =>
        ChangeAsync(request.Id, (agency, now) =>
        {
            agency.Reactivate(now.UtcDateTime);
            return AgencyIntegrationEvents.Reactivated(agency, now);
        }, cancellationToken);

    private async Task<AgencyResponse> ChangeAsync(Guid id, Func<Agency, DateTimeOffset, IIntegrationEvent> change, CancellationToken cancellationToken)
    {
        var agency = await context.FindAgencyAsync(id, cancellationToken);
        context.Publish(change(agency, clock.GetUtcNow()));
        await context.SaveChangesAsync(cancellationToken);
        return AgencyResponse.From(agency);
    }
}

internal static class AgencyActivationEndpoints
{
    public static void Map(IEndpointRouteBuilder admin)
    {
        admin.MapPost("/{id:guid}/deactivate", async Task<Ok<AgencyResponse>> (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new DeactivateAgency(id), cancellationToken)))
            .WithName("DeactivateAgency")
            .WithSummary("Deactivate an agency (409 when it is already inactive or hosts the PPID Utama)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        admin.MapPost("/{id:guid}/reactivate", async Task<Ok<AgencyResponse>> (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new ReactivateAgency(id), cancellationToken)))
            .WithName("ReactivateAgency")
            .WithSummary("Reactivate an agency (409 when it is already active)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
