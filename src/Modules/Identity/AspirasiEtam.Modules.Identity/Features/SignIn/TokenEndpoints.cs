using AspirasiEtam.Modules.Identity.Accounts;
using AspirasiEtam.Modules.Identity.Persistence;
using AspirasiEtam.Shared.Contracts;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace AspirasiEtam.Modules.Identity.Features.SignIn;

/// <summary>Email, password and (for accounts with two-factor) the authenticator code.</summary>
internal sealed record TokenRequest(string? Email, string? Password, string? TwoFactorCode);

internal sealed record RefreshRequest(string? RefreshToken);

/// <summary>Bearer tokens for the API (docs/adr/0006): short-lived access tokens and refresh tokens checked against the security stamp.</summary>
internal static class TokenEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var auth = endpoints.MapGroup("/api/auth").AllowAnonymous().WithTags("Sign-in");

        auth.MapPost("/token", async (TokenRequest request, PortalSignIn signIn) =>
            {
                var outcome = await signIn.IssueTokenAsync(request.Email ?? string.Empty, request.Password ?? string.Empty, request.TwoFactorCode);
                return outcome switch
                {
                    SignInOutcome.Succeeded => Results.Empty,
                    SignInOutcome.RequiresTwoFactor => Problem(StatusCodes.Status401Unauthorized, "requires_two_factor",
                        "Masukkan kode dari aplikasi autentikator. / Send the code from your authenticator app as twoFactorCode."),
                    SignInOutcome.TwoFactorEnrolmentRequired => Problem(StatusCodes.Status403Forbidden, "two_factor_enrolment_required",
                        "Akun staf harus mengaktifkan verifikasi dua langkah lewat /akun/dua-langkah. / Staff accounts must set up two-step verification at /akun/dua-langkah first."),
                    SignInOutcome.LockedOut => Problem(StatusCodes.Status401Unauthorized, "locked_out",
                        "Akun dikunci sementara karena terlalu banyak percobaan. / The account is locked for a while after too many attempts."),
                    SignInOutcome.NotAllowed => Problem(StatusCodes.Status401Unauthorized, "not_allowed",
                        "Email belum dikonfirmasi atau akun nonaktif. / The email is not confirmed or the account is inactive."),
                    _ => Problem(StatusCodes.Status401Unauthorized, "invalid_credentials", "Email atau kata sandi salah. / Wrong email or password."),
                };
            })
            .WithName("IssueToken")
            .WithSummary("Sign in to the API: returns a bearer access token and a refresh token")
            .Produces<AccessTokenResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        auth.MapPost("/refresh", async (RefreshRequest request, SignInManager<PortalUser> signIn, IOptionsMonitor<BearerTokenOptions> options, TimeProvider clock) =>
            {
                var ticket = options.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(request.RefreshToken);
                if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires
                    || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { IsActive: true } user)
                {
                    return Problem(StatusCodes.Status401Unauthorized, "invalid_refresh_token", "The refresh token is invalid, expired or revoked.");
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

    private static IResult Problem(int status, string reason, string detail) =>
        TypedResults.Problem(detail, statusCode: status, title: status == StatusCodes.Status403Forbidden ? "Forbidden." : "Unauthorized.",
            extensions: new Dictionary<string, object?> { ["reason"] = reason });
}
