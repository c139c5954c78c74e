namespace AspirasiEtam.Modules.OrganisationDirectory.Features.UpdateAgencyContact;

/// <summary>An agency's PPID keeps its own contact details current.</summary>
[Authorize(Policy = Policies.AgencyWork)]
internal sealed record UpdateAgencyContact(Guid AgencyId, string? Address, string? Phone, string? Email, string? Website) : IRequest<AgencyContactResponse>;

internal sealed class UpdateAgencyContactValidator : AbstractValidator<UpdateAgencyContact>
{
    public UpdateAgencyContactValidator()
    {
        RuleFor(f => f.Address).MaximumLength(AgencyLimits.Address);
        RuleFor(f => f.Phone).MaximumLength(AgencyLimits.Phone)
            .Matches(@"^[0-9+()\-\s]*$").WithMessage("Nomor telepon hanya boleh berisi angka, spasi, +, -, ( ). / Phone may contain digits, spaces, +, -, ( ) only.");
        RuleFor(f => f.Email).MaximumLength(AgencyLimits.Email).EmailAddress().When(f => !string.IsNullOrWhiteSpace(f.Email))
            .WithMessage("Alamat email tidak sah. / Email address is not valid.");
        RuleFor(f => f.Website).MaximumLength(AgencyLimits.Website)
            .Must(w => Uri.TryCreate(w, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
            .When(f => !string.IsNullOrWhiteSpace(f.Website))
            .WithMessage("Situs web harus alamat http(s) lengkap. / Website must be a full http(s) address.");
    }
}

internal sealed class UpdateAgencyContactHandler(DirectoryDbContext context, ICurrentUser currentUser, TimeProvider clock) : IRequestHandler<UpdateAgencyContact, AgencyContactResponse>
{
    public async Task<AgencyContactResponse> Handle(UpdateAgencyContact request, CancellationToken cancellationToken)
    {
        var agency = await AgencyContactResponse.FindInScopeAsync(context, currentUser, request.AgencyId, cancellationToken);
        var now = clock.GetUtcNow();
        agency.Update(new AgencyDetails(agency.Name, agency.ShortName, agency.Kind, request.Address, request.Phone, request.Email, request.Website, agency.IsMainOffice, agency.Categories), now.UtcDateTime);
        context.Publish(AgencyIntegrationEvents.Updated(agency, now));
        await context.SaveChangesAsync(cancellationToken);
        return AgencyContactResponse.From(agency);
    }
}

internal static class UpdateAgencyContactEndpoint
{
    public static void Map(IEndpointRouteBuilder contact) =>
        contact.MapPut("/", async Task<Ok<AgencyContactResponse>> (Guid agencyId, AgencyContactRequest request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new UpdateAgencyContact(agencyId, request.Address, request.Phone, request.Email, request.Website), ct)))
            .WithName("UpdateAgencyContact").WithSummary("Update an agency's contact details (agencies in the caller's scope only)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
}

internal sealed record AgencyContactRequest(string? Address, string? Phone, string? Email, string? Website);
