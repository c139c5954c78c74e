using AspirasiEtam.Modules.Identity.Accounts;
using Microsoft.AspNetCore.Identity;

namespace AspirasiEtam.Modules.Identity.Features.RequestPasswordReset;

/// <summary>Someone asked for a password-reset link. The answer is the same whether the account exists or not.</summary>
internal sealed record RequestPasswordReset(string? Email) : IRequest<Unit>;

internal sealed class RequestPasswordResetValidator : AbstractValidator<RequestPasswordReset>
{
    public RequestPasswordResetValidator() =>
        RuleFor(r => r.Email).NotEmpty().EmailAddress().WithMessage("Alamat email tidak sah. / Email address is not valid.");
}

internal sealed class RequestPasswordResetHandler(UserManager<PortalUser> users, AccountMails mails, SecurityAudit audit) : IRequestHandler<RequestPasswordReset, Unit>
{
    public async Task<Unit> Handle(RequestPasswordReset request, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(request.Email!.Trim());
        await audit.SaveAsync(SecurityEventKind.PasswordResetRequested, user?.Id, request.Email, user is null ? "unknown account" : null);
        if (user is { IsActive: true } && (user.EmailConfirmed || user.IsStaff))
        {
            await mails.SendPasswordResetAsync(user, cancellationToken);
        }

        return Unit.Value;
    }
}

internal static class RequestPasswordResetEndpoint
{
    public static void Map(IEndpointRouteBuilder open) =>
        open.MapPost("/forgot-password", async Task<Accepted> (RequestPasswordReset request, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(request, ct);
                return TypedResults.Accepted((string?)null);
            })
            .WithName("ForgotPassword").WithSummary("Email a password-reset link (same answer whether or not the account exists)").ProducesValidationProblem();
}
