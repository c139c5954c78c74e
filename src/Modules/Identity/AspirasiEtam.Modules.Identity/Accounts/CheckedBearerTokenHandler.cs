using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AspirasiEtam.Modules.Identity.Accounts;

/// <summary>
/// The API's bearer scheme: Identity's bearer token, and then the account behind it. The security stamp the token
/// was issued with must still be the account's (a password reset, a deactivation, a change of roles, scope or
/// two-factor renews it) and its refresh-token family must not be revoked (a refresh token was reused). Without
/// this an access token lives out its 15 minutes whatever happens to the account.
/// <para>
/// The answer is kept 30 seconds per token family and stamp: a busy client costs one lookup per 30 s instead of
/// one per request, and a change still reaches its tokens within 30 s (the web cookie's check runs every minute).
/// It is this process's memory, so with several instances each of them learns of a change within 30 s too.
/// </para>
/// </summary>
internal sealed class CheckedBearerTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptions<IdentityOptions> identity,
    IMemoryCache cache) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Identity.CheckedBearer";

    private static readonly TimeSpan RecheckAfter = TimeSpan.FromSeconds(30);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var result = await Context.AuthenticateAsync(IdentityConstants.BearerScheme);
        if (result.Ticket is not { } ticket)
        {
            return result;
        }

        var principal = ticket.Principal;
        var stamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        if (!Guid.TryParse(principal.FindFirstValue(RefreshTokenFamilies.FamilyClaim), out var family) || stamp is null)
        {
            return AuthenticateResult.Fail("The token belongs to no sign-in.");
        }

        // The sign-in manager and the families (and so a DbContext) are resolved only on a miss: on the hot path a
        // bearer request costs a cache lookup, not the construction of Identity's services.
        var current = await cache.GetOrCreateAsync($"identity:bearer:{family}:{stamp}", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = RecheckAfter;
            var services = Context.RequestServices;
            return await services.GetRequiredService<RefreshTokenFamilies>().IsLiveAsync(family)
                && await services.GetRequiredService<SignInManager<PortalUser>>().ValidateSecurityStampAsync(principal) is { IsActive: true };
        });
        return current
            ? AuthenticateResult.Success(new AuthenticationTicket(principal, ticket.Properties, Scheme.Name))
            : AuthenticateResult.Fail("The account changed or the sign-in was revoked since the token was issued.");
    }
}
