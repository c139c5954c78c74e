using AspirasiEtam.Modules.Identity.Accounts;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace AspirasiEtam.Modules.Identity.Features.RefreshToken;

internal sealed record RefreshRequest(string? RefreshToken);

/// <summary>New API tokens for a refresh token, checked against the security stamp (docs/adr/0006).</summary>
internal static class RefreshTokenEndpoint
{
    public static void Map(IEndpointRouteBuilder auth) =>
        auth.MapPost("/refresh", async (RefreshRequest request, SignInManager<PortalUser> signIn, IOptionsMonitor<BearerTokenOptions> options, TimeProvider clock) =>
            {
                var ticket = options.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(request.RefreshToken);
                if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires
                    || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { IsActive: true } user)
                {
                    return SignInProblem.Of(StatusCodes.Status401Unauthorized, "invalid_refresh_token", "The refresh token is invalid, expired or revoked.");
                }

                var principal = await signIn.CreateUserPrincipalAsync(user);
                if (ticket.Principal.HasClaim(PortalClaims.AuthenticationMethod, PortalClaims.MultiFactor))
                {
                    ((System.Security.Claims.ClaimsIdentity)principal.Identity!).AddClaim(PortalSignIn.MultiFactorClaim);
                }

                return Results.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
            })
            .WithName("RefreshToken")
            .WithSummary("Exchange a refresh token for new tokens (fails after a password, role or scope change)")
            .Produces<AccessTokenResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
}
