using AspirasiEtam.Modules.Identity.Accounts;
using Microsoft.AspNetCore.Identity;

namespace AspirasiEtam.Modules.Identity.Features.SetUpAuthenticator;

/// <summary>
/// Starts (or restarts) authenticator enrolment: a new shared key and the otpauth URI for the QR code. The key in
/// use is never handed out: while two-factor is on, a new key (a new phone) takes the password and a current code,
/// and two-factor stays off until a code from the new key turns it on again (EnableAuthenticator).
/// </summary>
internal sealed record SetUpAuthenticator(string? Password = null, string? Code = null) : IRequest<AuthenticatorSetup>;

internal sealed record AuthenticatorSetup(string SharedKey, string AuthenticatorUri);

internal sealed class SetUpAuthenticatorHandler(UserManager<PortalUser> users, AuthenticatorKeys keys, ICurrentUser currentUser)
    : IRequestHandler<SetUpAuthenticator, AuthenticatorSetup>
{
    public async Task<AuthenticatorSetup> Handle(SetUpAuthenticator request, CancellationToken cancellationToken)
    {
        var user = await users.FindSignedInAsync(currentUser);
        string key;
        if (user.TwoFactorEnabled)
        {
            await users.ProveOwnerAsync(user, request.Password, request.Code);
            key = await keys.TurnOffAsync(user, SecurityEventKind.AuthenticatorReset, cancellationToken);
        }
        else
        {
            key = await keys.ReplaceAsync(user);
        }

        return new AuthenticatorSetup(key, AuthenticatorKeys.Uri(user, key));
    }
}

internal static class SetUpAuthenticatorEndpoint
{
    // A JSON body, {} for a first enrolment: a form or a bodiless request another site makes the browser send
    // (with the session cookie) does not get here.
    public static void Map(IEndpointRouteBuilder mine) =>
        mine.MapPost("/two-factor/setup", async Task<Ok<AuthenticatorSetup>> (SetUpAuthenticator request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(request, ct)))
            .WithName("SetUpAuthenticator")
            .WithSummary("Start authenticator enrolment ({} as the body): shared key and otpauth URI. With two-factor on, send {password, code}: it is then off until the new key is proven with /two-factor/enable, and other sessions and this API token end")
            .ProducesValidationProblem();
}
