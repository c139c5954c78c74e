namespace AspirasiEtam.Modules.Aspirations.Features.DeleteResponseTemplate;

/// <summary>The agency removes one of its response templates.</summary>
[Authorize(Policy = Policies.AgencyWork)]
internal sealed record DeleteResponseTemplate(Guid AgencyId, Guid TemplateId) : IRequest<Unit>;

internal sealed class DeleteResponseTemplateHandler(AspirationsDbContext context, ICurrentUser currentUser) : IRequestHandler<DeleteResponseTemplate, Unit>
{
    public async Task<Unit> Handle(DeleteResponseTemplate request, CancellationToken cancellationToken)
    {
        ResponseTemplateResponse.EnsureInScope(currentUser, request.AgencyId);
        var template = await context.ResponseTemplates.FirstOrDefaultAsync(t => t.Id == request.TemplateId && t.AgencyId == request.AgencyId, cancellationToken)
            ?? throw new NotFoundException("No such template. / Templat tidak ditemukan.");
        context.ResponseTemplates.Remove(template);
        await context.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

internal static class DeleteResponseTemplateEndpoint
{
    public static void Map(IEndpointRouteBuilder templates) =>
        templates.MapDelete("/{templateId:guid}", async Task<NoContent> (Guid agencyId, Guid templateId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteResponseTemplate(agencyId, templateId), ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteResponseTemplate").WithSummary("Remove a response template").ProducesProblem(StatusCodes.Status404NotFound);
}
