using AspirasiEtam.Modules.Identity.Accounts;
using AspirasiEtam.Modules.Identity.Contracts;
using Microsoft.AspNetCore.Identity;

namespace AspirasiEtam.Modules.Identity.Features.UpdateStaffAccess;

/// <summary>Changes a staff member's name, roles and agency scope.</summary>
internal sealed record UpdateStaffAccess(Guid Id, string? FullName, IReadOnlyList<string>? Roles, IReadOnlyList<Guid>? AgencyIds, bool ProvinceWide)
    : IRequest<StaffResponse>;

/// <summary>The body of the API call; the id comes from the route.</summary>
internal sealed record StaffAccessRequest(string? FullName, IReadOnlyList<string>? Roles, IReadOnlyList<Guid>? AgencyIds, bool ProvinceWide);

internal sealed class UpdateStaffAccessValidator : AbstractValidator<UpdateStaffAccess>
{
    public UpdateStaffAccessValidator()
    {
        RuleFor(r => r.FullName).IsFullName();
        RuleFor(r => r.Roles).HasARole();
    }
}

internal sealed class UpdateStaffAccessHandler(
    UserManager<PortalUser> users,
    IdentityModuleDbContext context,
    ICurrentUser currentUser,
    SecurityAudit audit,
    TimeProvider clock) : IRequestHandler<UpdateStaffAccess, StaffResponse>
{
    public async Task<StaffResponse> Handle(UpdateStaffAccess request, CancellationToken cancellationToken)
    {
        var user = await users.FindStaffMemberAsync(request.Id);
        var currentRoles = await users.GetRolesAsync(user);
        var access = await context.CheckAccessAsync(currentUser, [.. currentRoles], request.Roles, request.AgencyIds, request.ProvinceWide, cancellationToken);
        var currentAgencies = await context.StaffAgencyScopes.Where(s => s.UserId == user.Id).ToListAsync(cancellationToken);

        var scopeChanged = !currentAgencies.Select(s => s.AgencyId).ToHashSet().SetEquals(access.Agencies) || user.ProvinceWide != access.ProvinceWide;

        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        user.FullName = request.FullName!.Trim();
        user.ProvinceWide = access.ProvinceWide;
        var rolesChanged = !currentRoles.ToHashSet().SetEquals(access.Roles);
        if (rolesChanged)
        {
            (await users.RemoveFromRolesAsync(user, currentRoles.Except(access.Roles))).ThrowIfFailed();
            (await users.AddToRolesAsync(user, access.Roles.Except(currentRoles))).ThrowIfFailed();
            audit.Record(SecurityEventKind.RolesChanged, user.Id, user.Email, $"{string.Join(",", currentRoles)} -> {string.Join(",", access.Roles)}");
        }

        if (scopeChanged)
        {
            context.StaffAgencyScopes.RemoveRange(currentAgencies.Where(s => !access.Agencies.Contains(s.AgencyId)));
            context.StaffAgencyScopes.AddRange(access.Agencies.Where(a => currentAgencies.All(s => s.AgencyId != a)).Select(a => new StaffAgencyScope(user.Id, a)));
            audit.Record(SecurityEventKind.ScopeChanged, user.Id, user.Email, StaffAccessRules.Describe(access.Roles, access.Agencies, access.ProvinceWide));
        }

        // A new security stamp makes existing sign-ins pick up the change (cookies within a minute; refresh tokens at once).
        (await users.UpdateSecurityStampAsync(user)).ThrowIfFailed();
        context.Publish(new StaffAccessChanged(user.Id, user.FullName, user.Email!, access.Roles, access.Agencies, access.ProvinceWide, user.IsActive, clock.GetUtcNow()));
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await StaffResponse.OfAsync(user, users, context, cancellationToken);
    }
}

internal static class UpdateStaffAccessEndpoint
{
    public static void Map(IEndpointRouteBuilder staff) =>
        staff.MapPut("/{id:guid}", async Task<Ok<StaffResponse>> (Guid id, StaffAccessRequest request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new UpdateStaffAccess(id, request.FullName, request.Roles, request.AgencyIds, request.ProvinceWide), ct)))
            .WithName("UpdateStaffAccess").WithSummary("Change a staff member's name, roles and agencies")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}
