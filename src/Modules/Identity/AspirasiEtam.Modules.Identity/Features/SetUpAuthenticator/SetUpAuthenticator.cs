using Microsoft.AspNetCore.Identity;

namespace AspirasiEtam.Modules.Identity.Features.SetUpAuthenticator;

/// <summary>Starts (or restarts) authenticator enrolment: a new shared key and the otpauth URI for the QR code.</summary>
internal sealed record SetUpAuthenticator : IRequest<AuthenticatorSetup>;

internal sealed record AuthenticatorSetup(string SharedKey, string AuthenticatorUri);

internal sealed class SetUpAuthenticatorHandler(UserManager<PortalUser> users, ICurrentUser currentUser) : IRequestHandler<SetUpAuthenticator, AuthenticatorSetup>
{
    public async Task<AuthenticatorSetup> Handle(SetUpAuthenticator request, CancellationToken cancellationToken)
    {
        var user = await users.FindSignedInAsync(currentUser);
        if (!user.TwoFactorEnabled || string.IsNullOrEmpty(await users.GetAuthenticatorKeyAsync(user)))
        {
            await users.ResetAuthenticatorKeyAsync(user);
        }

        var key = (await users.GetAuthenticatorKeyAsync(user))!;
        var uri = $"otpauth://totp/{Uri.EscapeDataString("Aspirasi Etam")}:{Uri.EscapeDataString(user.Email!)}?secret={key}&issuer={Uri.EscapeDataString("Aspirasi Etam")}&digits=6";
        return new AuthenticatorSetup(key, uri);
    }
}

internal static class SetUpAuthenticatorEndpoint
{
    public static void Map(IEndpointRouteBuilder mine) =>
        mine.MapPost("/two-factor/setup", async Task<Ok<AuthenticatorSetup>> (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new SetUpAuthenticator(), ct)))
            .WithName("SetUpAuthenticator").WithSummary("Start authenticator enrolment: shared key and otpauth URI");
}
