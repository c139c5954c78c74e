using System.Security.Claims;
using System.Text.Encodings.Web;
using AspirasiEtam.Shared.Contracts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AspirasiEtam.Testing;

/// <summary>
/// Test-only sign-in: the roles come from a request header. Lives in the tests, never in the app; the
/// identity issue brings real sign-in.
/// </summary>
public sealed class TestAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";
    public const string RolesHeader = "X-Test-Roles";
    public const string AgenciesHeader = "X-Test-Agencies";
    public const string UserHeader = "X-Test-User";
    public const string ProvinceWideHeader = "X-Test-Province-Wide";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(RolesHeader, out var value))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var userId = Request.Headers.TryGetValue(UserHeader, out var user) ? user.ToString() : "00000000-0000-0000-0000-00000000e57a";
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, userId),
            new(ClaimTypes.Name, "Test User"),
            // Test users count as signed in with two factors, as staff must be.
            new(PortalClaims.AuthenticationMethod, PortalClaims.MultiFactor),
        };
        claims.AddRange(value.ToString().Split(',', StringSplitOptions.RemoveEmptyEntries).Select(role => new Claim(ClaimTypes.Role, role.Trim())));
        if (Request.Headers.TryGetValue(AgenciesHeader, out var agencies))
        {
            claims.AddRange(agencies.ToString().Split(',', StringSplitOptions.RemoveEmptyEntries).Select(id => new Claim(PortalClaims.Agency, id.Trim())));
        }
        if (Request.Headers.ContainsKey(ProvinceWideHeader))
        {
            claims.Add(new Claim(PortalClaims.ProvinceWide, "true"));
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }
}
