namespace AspirasiEtam.Modules.OrganisationDirectory.Features.RegisterAgency;

/// <summary>Adds an agency to the directory, for example after a reorganisation creates a new OPD.</summary>
[Authorize(Policy = Policies.Admin)]
internal sealed record RegisterAgency : AgencyFields, IRequest<AgencyResponse>
{
    public string? Code { get; init; }
}

internal sealed class RegisterAgencyValidator : AgencyFieldsValidator<RegisterAgency>
{
    public RegisterAgencyValidator()
    {
        RuleFor(r => r.Code).NotEmpty().WithMessage("Kode wajib diisi. / Code is required.")
            .MaximumLength(AgencyLimits.Code)
            .Matches("^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$").WithMessage("Kode berupa huruf, angka dan tanda hubung (mis. RSUD-AWS). / A code is letters, digits and hyphens (e.g. RSUD-AWS).");
    }
}

internal sealed class RegisterAgencyHandler(DirectoryDbContext context, TimeProvider clock) : IRequestHandler<RegisterAgency, AgencyResponse>
{
    public async Task<AgencyResponse> Handle(RegisterAgency request, CancellationToken cancellationToken)
    {
        var code = request.Code!.Trim().ToUpperInvariant();
        if (await context.Agencies.AnyAsync(a => a.Code == code, cancellationToken))
        {
            throw new ConflictException($"An agency with code {code} already exists. / OPD dengan kode {code} sudah ada.");
        }

        if (request.IsMainOffice)
        {
            await context.EnsureNoOtherMainOfficeAsync(null, cancellationToken);
        }

        var now = clock.GetUtcNow();
        var agency = Agency.Register(code, request.ToDetails(), now.UtcDateTime);
        context.Agencies.Add(agency);
        context.Publish(AgencyIntegrationEvents.Registered(agency, now));
        await context.SaveChangesAsync(cancellationToken);
        return AgencyResponse.From(agency);
    }
}

internal static class RegisterAgencyEndpoint
{
    public static void Map(IEndpointRouteBuilder admin) =>
        admin.MapPost("/", async Task<Created<AgencyResponse>> (RegisterAgency request, IMediator mediator, CancellationToken cancellationToken) =>
            {
                var agency = await mediator.Send(request, cancellationToken);
                return TypedResults.Created($"/api/admin/agencies/{agency.Id}", agency);
            })
            .WithName("RegisterAgency")
            .WithSummary("Register an agency (OPD)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
}
