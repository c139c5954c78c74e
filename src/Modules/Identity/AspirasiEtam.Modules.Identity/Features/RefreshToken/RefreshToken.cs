using AspirasiEtam.Modules.Identity.Accounts;
using Microsoft.AspNetCore.Authentication.BearerToken;

namespace AspirasiEtam.Modules.Identity.Features.RefreshToken;

internal sealed record RefreshRequest(string? RefreshToken);

/// <summary>New API tokens for a refresh token, which works once (docs/adr/0006).</summary>
internal static class RefreshTokenEndpoint
{
    public static void Map(IEndpointRouteBuilder auth) =>
        auth.MapPost("/refresh", async (RefreshRequest request, PortalSignIn signIn) =>
                await signIn.RefreshTokenAsync(request.RefreshToken) == SignInOutcome.Succeeded
                    ? Results.Empty
                    : SignInProblem.Of(StatusCodes.Status401Unauthorized, "invalid_refresh_token",
                        "Token penyegar tidak sah, kedaluwarsa, sudah dipakai atau dicabut; masuk lagi. / The refresh token is invalid, expired, already used or revoked; sign in again."))
            .WithName("RefreshToken")
            .WithSummary("Exchange a refresh token for new tokens. Each refresh token works once: a second use revokes the sign-in's tokens. Fails after a password, role or scope change")
            .Produces<AccessTokenResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
}
