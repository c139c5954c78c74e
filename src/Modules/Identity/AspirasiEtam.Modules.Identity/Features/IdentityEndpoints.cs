using AspirasiEtam.Modules.Identity.Features.Account;
using AspirasiEtam.Modules.Identity.Features.SecurityLog;
using AspirasiEtam.Modules.Identity.Features.Staff;
using AspirasiEtam.Shared.Contracts;
using AspirasiEtam.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace AspirasiEtam.Modules.Identity.Features;

/// <summary>The Identity module's API: citizens' accounts, staff management and the security log.</summary>
internal static class IdentityEndpoints
{
    public static void MapAccount(IEndpointRouteBuilder endpoints)
    {
        var open = endpoints.MapGroup("/api/account").AllowAnonymous().WithTags("Account");
        open.MapPost("/register", async Task<Created<RegisteredResponse>> (RegisterCitizen request, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(request, ct);
                return TypedResults.Created("/api/account/me", new RegisteredResponse(id, "Periksa email Anda untuk tautan konfirmasi. / Check your email for the confirmation link."));
            })
            .WithName("RegisterCitizen").WithSummary("Register a citizen account (confirm the email before signing in)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        open.MapPost("/confirm-email", async Task<NoContent> (ConfirmEmail request, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(request, ct);
                return TypedResults.NoContent();
            })
            .WithName("ConfirmEmail").WithSummary("Confirm an email address with the code from the email link").ProducesValidationProblem();
        open.MapPost("/forgot-password", async Task<Accepted> (RequestPasswordReset request, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(request, ct);
                return TypedResults.Accepted((string?)null);
            })
            .WithName("ForgotPassword").WithSummary("Email a password-reset link (same answer whether or not the account exists)").ProducesValidationProblem();
        open.MapPost("/reset-password", async Task<NoContent> (ResetPassword request, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(request, ct);
                return TypedResults.NoContent();
            })
            .WithName("ResetPassword").WithSummary("Set a new password with the code from the reset link").ProducesValidationProblem();

        var mine = endpoints.MapGroup("/api/account").RequireAuthorization(Policies.SignedIn).WithTags("Account");
        mine.MapGet("/me", async Task<Ok<MyAccountResponse>> (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetMyAccount(), ct)))
            .WithName("GetMyAccount").WithSummary("The signed-in user's account");
        mine.MapPost("/two-factor/setup", async Task<Ok<AuthenticatorSetup>> (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new SetUpAuthenticator(), ct)))
            .WithName("SetUpAuthenticator").WithSummary("Start authenticator enrolment: shared key and otpauth URI");
        mine.MapPost("/two-factor/enable", async Task<Ok<RecoveryCodesResponse>> (EnableAuthenticatorRequest request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(new RecoveryCodesResponse(await mediator.Send(new EnableAuthenticator(request.Code), ct))))
            .WithName("EnableAuthenticator").WithSummary("Turn two-factor on with a code from the app; returns recovery codes once").ProducesValidationProblem();
        mine.MapPost("/two-factor/disable", async Task<NoContent> (IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DisableAuthenticator(), ct);
                return TypedResults.NoContent();
            })
            .WithName("DisableAuthenticator").WithSummary("Turn two-factor off (staff must turn it on again to work)");
    }

    public static void MapStaff(IEndpointRouteBuilder endpoints)
    {
        var staff = endpoints.MapGroup("/api/admin/staff").RequireAuthorization(Policies.Admin).WithTags("Staff (admin)");
        staff.MapGet("/", async Task<Ok<PagedResult<StaffResponse>>> ([AsParameters] ListStaff query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("ListStaff").WithSummary("Staff accounts, filtered by text, role, agency and active flag").ProducesValidationProblem();
        staff.MapGet("/{id:guid}", async Task<Ok<StaffResponse>> (Guid id, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetStaff(id), ct)))
            .WithName("GetStaff").WithSummary("One staff account").ProducesProblem(StatusCodes.Status404NotFound);
        staff.MapPost("/", async Task<Created<StaffResponse>> (CreateStaff request, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(request, ct);
                return TypedResults.Created($"/api/admin/staff/{created.Id}", created);
            })
            .WithName("CreateStaff").WithSummary("Create a staff account and email an invitation")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        staff.MapPut("/{id:guid}", async Task<Ok<StaffResponse>> (Guid id, StaffAccessRequest request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new UpdateStaffAccess(id, request.FullName, request.Roles, request.AgencyIds, request.ProvinceWide), ct)))
            .WithName("UpdateStaffAccess").WithSummary("Change a staff member's name, roles and agencies")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        staff.MapPost("/{id:guid}/deactivate", async Task<Ok<StaffResponse>> (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new DeactivateStaff(id), ct)))
            .WithName("DeactivateStaff").WithSummary("Deactivate a staff account (it can no longer sign in)")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        staff.MapPost("/{id:guid}/reactivate", async Task<Ok<StaffResponse>> (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ReactivateStaff(id), ct)))
            .WithName("ReactivateStaff").WithSummary("Reactivate a staff account")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        endpoints.MapGet("/api/admin/security-events", async Task<Ok<PagedResult<SecurityEventResponse>>> ([AsParameters] ListSecurityEvents query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .RequireAuthorization(Policies.SuperAdmin)
            .WithTags("Security log (admin)")
            .WithName("ListSecurityEvents").WithSummary("The security audit log (super admins)").ProducesValidationProblem();
    }
}

internal sealed record RegisteredResponse(Guid UserId, string Message);

internal sealed record EnableAuthenticatorRequest(string? Code);

internal sealed record RecoveryCodesResponse(IReadOnlyList<string> RecoveryCodes);

internal sealed record StaffAccessRequest(string? FullName, IReadOnlyList<string>? Roles, IReadOnlyList<Guid>? AgencyIds, bool ProvinceWide);
