using AspirasiEtam.Modules.Identity.Accounts;
using Microsoft.AspNetCore.Identity;

namespace AspirasiEtam.Modules.Identity.Features.ConfirmEmail;

/// <summary>The citizen opened the link from the confirmation email.</summary>
internal sealed record ConfirmEmail(Guid UserId, string? Code) : IRequest<Unit>;

internal sealed class ConfirmEmailHandler(UserManager<PortalUser> users, SecurityAudit audit) : IRequestHandler<ConfirmEmail, Unit>
{
    public async Task<Unit> Handle(ConfirmEmail request, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(request.UserId.ToString())
            ?? throw new InvalidFieldException("code", IdentityErrors.InvalidLink);
        (await users.ConfirmEmailAsync(user, AccountMails.Decode(request.Code))).ThrowIfFailed();
        await audit.SaveAsync(SecurityEventKind.EmailConfirmed, user.Id, user.Email);
        return Unit.Value;
    }
}

internal static class ConfirmEmailEndpoint
{
    public static void Map(IEndpointRouteBuilder open) =>
        open.MapCommand<ConfirmEmail>("/confirm-email")
            .WithName("ConfirmEmail").WithSummary("Confirm an email address with the code from the email link");
}
