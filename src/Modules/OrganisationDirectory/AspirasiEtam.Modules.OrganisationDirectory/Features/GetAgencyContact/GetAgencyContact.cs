namespace AspirasiEtam.Modules.OrganisationDirectory.Features.GetAgencyContact;

/// <summary>An agency's PPID reads its contact details.</summary>
[Authorize(Policy = Policies.AgencyWork)]
internal sealed record GetAgencyContact(Guid AgencyId) : IRequest<AgencyContactResponse>;

internal sealed class GetAgencyContactHandler(DirectoryDbContext context, ICurrentUser currentUser) : IRequestHandler<GetAgencyContact, AgencyContactResponse>
{
    public async Task<AgencyContactResponse> Handle(GetAgencyContact request, CancellationToken cancellationToken) =>
        AgencyContactResponse.From(await AgencyContactResponse.FindInScopeAsync(context, currentUser, request.AgencyId, cancellationToken));
}

internal static class GetAgencyContactEndpoint
{
    public static void Map(IEndpointRouteBuilder contact) =>
        contact.MapGet("/", async Task<Ok<AgencyContactResponse>> (Guid agencyId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetAgencyContact(agencyId), ct)))
            .WithName("GetAgencyContact").WithSummary("An agency's contact details (agencies in the caller's scope only)")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
