namespace AspirasiEtam.Modules.Aspirations.Features.CreateResponseTemplate;

/// <summary>The agency adds a response template its officers start answers from.</summary>
[Authorize(Policy = Policies.AgencyWork)]
internal sealed record CreateResponseTemplate(Guid AgencyId, string? Title, string? Body) : IRequest<ResponseTemplateResponse>;

internal sealed class CreateResponseTemplateValidator : AbstractValidator<CreateResponseTemplate>
{
    public CreateResponseTemplateValidator()
    {
        RuleFor(t => t.Title).NotEmpty().WithMessage("Judul templat wajib diisi. / A title is required.").MaximumLength(150);
        RuleFor(t => t.Body).NotEmpty().WithMessage("Isi templat wajib diisi. / The text is required.").MaximumLength(SubmissionLimits.Description);
    }
}

internal sealed class CreateResponseTemplateHandler(AspirationsDbContext context, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<CreateResponseTemplate, ResponseTemplateResponse>
{
    public async Task<ResponseTemplateResponse> Handle(CreateResponseTemplate request, CancellationToken cancellationToken)
    {
        ResponseTemplateResponse.EnsureInScope(currentUser, request.AgencyId);
        var template = new ResponseTemplate(request.AgencyId, request.Title!, request.Body!, clock.GetUtcNow().UtcDateTime);
        context.ResponseTemplates.Add(template);
        await context.SaveChangesAsync(cancellationToken);
        return new ResponseTemplateResponse(template.Id, template.AgencyId, template.Title, template.Body);
    }
}

internal static class CreateResponseTemplateEndpoint
{
    public static void Map(IEndpointRouteBuilder templates) =>
        templates.MapPost("/", async Task<Created<ResponseTemplateResponse>> (Guid agencyId, TemplateRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var template = await mediator.Send(new CreateResponseTemplate(agencyId, request.Title, request.Body), ct);
                return TypedResults.Created($"/api/staff/agencies/{agencyId}/response-templates", template);
            })
            .WithName("CreateResponseTemplate").WithSummary("Add a response template").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
}

internal sealed record TemplateRequest(string? Title, string? Body);
