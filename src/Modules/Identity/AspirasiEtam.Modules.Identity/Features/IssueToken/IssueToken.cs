using AspirasiEtam.Modules.Identity.Accounts;
using Microsoft.AspNetCore.Authentication.BearerToken;

namespace AspirasiEtam.Modules.Identity.Features.IssueToken;

/// <summary>Email, password and (for accounts with two-factor) the authenticator code.</summary>
internal sealed record TokenRequest(string? Email, string? Password, string? TwoFactorCode);

/// <summary>Bearer tokens for the API (docs/adr/0006): a short-lived access token and a refresh token.</summary>
internal static class IssueTokenEndpoint
{
    public static void Map(IEndpointRouteBuilder auth) =>
        auth.MapPost("/token", async (TokenRequest request, PortalSignIn signIn) =>
            {
                var outcome = await signIn.IssueTokenAsync(request.Email ?? string.Empty, request.Password ?? string.Empty, request.TwoFactorCode);
                return outcome switch
                {
                    SignInOutcome.Succeeded => Results.Empty,
                    SignInOutcome.RequiresTwoFactor => SignInProblem.Of(StatusCodes.Status401Unauthorized, "requires_two_factor",
                        "Masukkan kode dari aplikasi autentikator. / Send the code from your authenticator app as twoFactorCode."),
                    SignInOutcome.TwoFactorEnrolmentRequired => SignInProblem.Of(StatusCodes.Status403Forbidden, "two_factor_enrolment_required",
                        "Akun staf harus mengaktifkan verifikasi dua langkah lewat /akun/dua-langkah. / Staff accounts must set up two-step verification at /akun/dua-langkah first."),
                    SignInOutcome.LockedOut => SignInProblem.Of(StatusCodes.Status401Unauthorized, "locked_out",
                        "Akun dikunci sementara karena terlalu banyak percobaan. / The account is locked for a while after too many attempts."),
                    SignInOutcome.NotAllowed => SignInProblem.Of(StatusCodes.Status401Unauthorized, "not_allowed",
                        "Email belum dikonfirmasi atau akun nonaktif. / The email is not confirmed or the account is inactive."),
                    _ => SignInProblem.Of(StatusCodes.Status401Unauthorized, "invalid_credentials", "Email atau kata sandi salah. / Wrong email or password."),
                };
            })
            .WithName("IssueToken")
            .WithSummary("Sign in to the API: returns a bearer access token and a refresh token")
            .Produces<AccessTokenResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
