using AspirasiEtam.Modules.Identity.Accounts;
using AspirasiEtam.Modules.Identity.Contracts;
using Microsoft.AspNetCore.Identity;

namespace AspirasiEtam.Modules.Identity.Features.InviteStaffMember;

/// <summary>Creates a staff account and emails an invitation to choose a password. Staff never register themselves.</summary>
internal sealed record InviteStaffMember(string? Email, string? FullName, IReadOnlyList<string>? Roles, IReadOnlyList<Guid>? AgencyIds, bool ProvinceWide)
    : IRequest<StaffResponse>;

internal sealed class InviteStaffMemberValidator : AbstractValidator<InviteStaffMember>
{
    public InviteStaffMemberValidator()
    {
        RuleFor(r => r.Email).IsAccountEmail();
        RuleFor(r => r.FullName).IsFullName();
        RuleFor(r => r.Roles).HasARole();
    }
}

internal sealed class InviteStaffMemberHandler(
    UserManager<PortalUser> users,
    IdentityModuleDbContext context,
    ICurrentUser currentUser,
    AccountMails mails,
    SecurityAudit audit,
    TimeProvider clock) : IRequestHandler<InviteStaffMember, StaffResponse>
{
    public async Task<StaffResponse> Handle(InviteStaffMember request, CancellationToken cancellationToken)
    {
        var access = await context.CheckAccessAsync(currentUser, [], request.Roles, request.AgencyIds, request.ProvinceWide, cancellationToken);
        var now = clock.GetUtcNow();
        var user = PortalUser.NewStaff(request.Email!.Trim(), request.FullName!.Trim(), access.ProvinceWide, now.UtcDateTime);

        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        (await users.CreateAsync(user)).ThrowIfFailed();
        (await users.AddToRolesAsync(user, access.Roles)).ThrowIfFailed();
        context.StaffAgencyScopes.AddRange(access.Agencies.Select(a => new StaffAgencyScope(user.Id, a)));
        audit.Record(SecurityEventKind.StaffCreated, user.Id, user.Email, StaffAccessRules.Describe(access.Roles, access.Agencies, access.ProvinceWide));
        context.Publish(new StaffAccessChanged(user.Id, user.FullName, user.Email!, access.Roles, access.Agencies, access.ProvinceWide, true, now));
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        await mails.SendStaffInvitationAsync(user, cancellationToken);
        return await StaffResponse.OfAsync(user, users, context, cancellationToken);
    }
}

internal static class InviteStaffMemberEndpoint
{
    public static void Map(IEndpointRouteBuilder staff) =>
        staff.MapPost("/", async Task<Created<StaffResponse>> (InviteStaffMember request, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(request, ct);
                return TypedResults.Created($"/api/admin/staff/{created.Id}", created);
            })
            .WithName("CreateStaff").WithSummary("Create a staff account and email an invitation")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
}
