using AspirasiEtam.Modules.OrganisationDirectory.Domain;
using AspirasiEtam.Modules.OrganisationDirectory.Persistence;
using AspirasiEtam.Shared.Contracts;
using AspirasiEtam.Shared.Domain;
using AspirasiEtam.Shared.Messaging;
using AspirasiEtam.Shared.Persistence;
using AspirasiEtam.Shared.Security;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace AspirasiEtam.Modules.OrganisationDirectory.Features.AgencyContact;

/// <summary>An agency's PPID keeps its own contact details current; it sees and changes only its agencies.</summary>
internal sealed record GetAgencyContact(Guid AgencyId) : IRequest<AgencyContactResponse>;

internal sealed record UpdateAgencyContact(Guid AgencyId, string? Address, string? Phone, string? Email, string? Website) : IRequest<AgencyContactResponse>;

internal sealed record AgencyContactResponse(Guid AgencyId, string Code, string Name, string? Address, string? Phone, string? Email, string? Website, int Version);

internal sealed record AgencyContactRequest(string? Address, string? Phone, string? Email, string? Website);

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

internal sealed class AgencyContactHandlers(DirectoryDbContext context, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<GetAgencyContact, AgencyContactResponse>, IRequestHandler<UpdateAgencyContact, AgencyContactResponse>
{
    public async Task<AgencyContactResponse> Handle(GetAgencyContact request, CancellationToken cancellationToken) =>
        Response(await FindInScopeAsync(request.AgencyId, cancellationToken));

    public async Task<AgencyContactResponse> Handle(UpdateAgencyContact request, CancellationToken cancellationToken)
    {
        var agency = await FindInScopeAsync(request.AgencyId, cancellationToken);
        var now = clock.GetUtcNow();
        agency.Update(new AgencyDetails(agency.Name, agency.ShortName, agency.Kind, request.Address, request.Phone, request.Email, request.Website, agency.IsMainOffice, agency.Categories), now.UtcDateTime);
        context.Publish(AgencyIntegrationEvents.Updated(agency, now));
        await context.SaveChangesAsync(cancellationToken);
        return Response(agency);
    }

    private async Task<Agency> FindInScopeAsync(Guid agencyId, CancellationToken cancellationToken) =>
        await context.Agencies.WithSpecification(new AgencyInScope(agencyId, currentUser.HasProvinceScope, currentUser.AgencyIds)).FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException($"No agency {agencyId} in your scope. / OPD {agencyId} tidak ada dalam cakupan Anda.");

    private static AgencyContactResponse Response(Agency a) => new(a.Id, a.Code, a.Name, a.Address, a.Phone, a.Email, a.Website, a.Version);
}

internal static class AgencyContactEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var staff = endpoints.MapGroup("/api/staff/agencies/{agencyId:guid}/contact")
            .RequireAuthorization(Policies.AgencyWork)
            .RequireAgencyScope()
            .WithTags("Organisation directory (agency staff)");
        staff.MapGet("/", async Task<Ok<AgencyContactResponse>> (Guid agencyId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetAgencyContact(agencyId), ct)))
            .WithName("GetAgencyContact").WithSummary("An agency's contact details (agencies in the caller's scope only)")
            .ProducesProblem(StatusCodes.Status404NotFound);
        staff.MapPut("/", async Task<Ok<AgencyContactResponse>> (Guid agencyId, AgencyContactRequest request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new UpdateAgencyContact(agencyId, request.Address, request.Phone, request.Email, request.Website), ct)))
            .WithName("UpdateAgencyContact").WithSummary("Update an agency's contact details (agencies in the caller's scope only)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
    }
}
