namespace AspirasiEtam.Modules.Aspirations.Features.ListResponseTemplates;

/// <summary>The agency's response templates, by title.</summary>
[Authorize(Policy = Policies.AgencyWork)]
internal sealed record ListResponseTemplates(Guid AgencyId) : IRequest<IReadOnlyList<ResponseTemplateResponse>>;

internal sealed class ListResponseTemplatesHandler(AspirationsDbContext context, ICurrentUser currentUser)
    : IRequestHandler<ListResponseTemplates, IReadOnlyList<ResponseTemplateResponse>>
{
    public async Task<IReadOnlyList<ResponseTemplateResponse>> Handle(ListResponseTemplates request, CancellationToken cancellationToken)
    {
        ResponseTemplateResponse.EnsureInScope(currentUser, request.AgencyId);
        return await context.ResponseTemplates.AsNoTracking().Where(t => t.AgencyId == request.AgencyId).OrderBy(t => t.Title)
            .Select(t => new ResponseTemplateResponse(t.Id, t.AgencyId, t.Title, t.Body)).ToListAsync(cancellationToken);
    }
}

internal static class ListResponseTemplatesEndpoint
{
    public static void Map(IEndpointRouteBuilder templates) =>
        templates.MapGet("/", async Task<Ok<IReadOnlyList<ResponseTemplateResponse>>> (Guid agencyId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListResponseTemplates(agencyId), ct)))
            .WithName("ListResponseTemplates").WithSummary("The agency's response templates").ProducesProblem(StatusCodes.Status404NotFound);
}
