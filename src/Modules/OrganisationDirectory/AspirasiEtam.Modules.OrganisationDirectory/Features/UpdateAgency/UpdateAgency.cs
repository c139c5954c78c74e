using System.Text.Json.Serialization;

namespace AspirasiEtam.Modules.OrganisationDirectory.Features.UpdateAgency;

/// <summary>Changes an agency's name, kind, contacts, categories or main-office flag. The code stays.</summary>
[Authorize(Policy = Policies.Admin)]
internal sealed record UpdateAgency : AgencyFields, IRequest<AgencyResponse>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

internal sealed class UpdateAgencyValidator : AgencyFieldsValidator<UpdateAgency>;

internal sealed class UpdateAgencyHandler(DirectoryDbContext context, TimeProvider clock) : IRequestHandler<UpdateAgency, AgencyResponse>
{
    public async Task<AgencyResponse> Handle(UpdateAgency request, CancellationToken cancellationToken)
    {
        var agency = await context.FindAgencyAsync(request.Id, cancellationToken);
        if (request.IsMainOffice && !agency.IsMainOffice)
        {
            await context.EnsureNoOtherMainOfficeAsync(agency.Id, cancellationToken);
        }

        var now = clock.GetUtcNow();
        agency.Update(request.ToDetails(), now.UtcDateTime);
        context.Publish(AgencyIntegrationEvents.Updated(agency, now));
        await context.SaveChangesAsync(cancellationToken);
        return AgencyResponse.From(agency);
    }
}

internal static class UpdateAgencyEndpoint
{
    public static void Map(IEndpointRouteBuilder admin) =>
        admin.MapPut("/{id:guid}", async Task<Ok<AgencyResponse>> (Guid id, UpdateAgency request, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(request with { Id = id }, cancellationToken)))
            .WithName("UpdateAgency")
            .WithSummary("Update an agency's details")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
