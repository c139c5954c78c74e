using AspirasiEtam.Modules.Identity.Accounts;
using Microsoft.AspNetCore.Identity;

namespace AspirasiEtam.Modules.Identity.Features.DisableAuthenticator;

/// <summary>
/// Turns two-factor off and forgets the authenticator key, on the password and a current code (a session alone is
/// not enough); staff must enrol again before they can work.
/// </summary>
internal sealed record DisableAuthenticator(string? Password, string? Code) : IRequest<Unit>;

internal sealed class DisableAuthenticatorHandler(UserManager<PortalUser> users, AuthenticatorKeys keys, ICurrentUser currentUser)
    : IRequestHandler<DisableAuthenticator, Unit>
{
    public async Task<Unit> Handle(DisableAuthenticator request, CancellationToken cancellationToken)
    {
        var user = await users.FindSignedInAsync(currentUser);
        if (!user.TwoFactorEnabled)
        {
            throw new ConflictException("Verifikasi dua langkah sudah tidak aktif. / Two-step verification is already off.");
        }

        await users.ProveOwnerAsync(user, request.Password, request.Code);
        await keys.TurnOffAsync(user, SecurityEventKind.TwoFactorDisabled, cancellationToken);
        return Unit.Value;
    }
}

internal static class DisableAuthenticatorEndpoint
{
    // A JSON body only: a form another site makes the browser post (with the session cookie) is refused before it gets here.
    public static void Map(IEndpointRouteBuilder mine) =>
        mine.MapCommand<DisableAuthenticator>("/two-factor/disable")
            .WithName("DisableAuthenticator")
            .WithSummary("Turn two-factor off with {password, code} (staff must turn it on again to work); other sessions and this API token end")
            .ProducesProblem(StatusCodes.Status409Conflict);
}
