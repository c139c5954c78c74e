using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace AspirasiEtam.Modules.Identity.Accounts;

/// <summary>
/// The server-side memory of API refresh tokens, which are otherwise self-contained tickets (docs/adr/0006): each
/// sign-in starts a <see cref="RefreshTokenFamily"/>, each refresh rotates it, a refresh token used a second time
/// revokes it. The family and token ids travel as claims in both tokens, so the access tokens of a revoked family
/// stop too (<see cref="CheckedBearerTokenHandler"/>).
/// </summary>
internal sealed class RefreshTokenFamilies(
    IdentityModuleDbContext context,
    SecurityAudit audit,
    TimeProvider clock,
    IOptionsMonitor<BearerTokenOptions> bearer)
{
    public const string FamilyClaim = "refresh_family";
    public const string TokenClaim = "refresh_token_id";

    private TimeSpan Lifetime => bearer.Get(IdentityConstants.BearerScheme).RefreshTokenExpiration;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// A family for a new sign-in, saved with the caller's next SaveChanges; returns the claims its tokens carry.
    /// The account's expired families go in the same save, so the table holds about one row per live sign-in.
    /// </summary>
    public async Task<Claim[]> StartAsync(PortalUser user)
    {
        context.RefreshTokenFamilies.RemoveRange(await context.RefreshTokenFamilies.Where(f => f.UserId == user.Id && f.ExpiresAt < Now).ToListAsync());
        var family = RefreshTokenFamily.Start(user.Id, Now, Lifetime);
        context.RefreshTokenFamilies.Add(family);
        return Claims(family);
    }

    /// <summary>
    /// The claims for the next refresh token of the presented one's family, or null when it may not be exchanged:
    /// unknown, revoked or expired; or no longer the newest, so used before — then the family is revoked.
    /// </summary>
    public async Task<Claim[]?> RotateAsync(PortalUser user, ClaimsPrincipal presented)
    {
        if (!Guid.TryParse(presented.FindFirstValue(FamilyClaim), out var familyId) || !Guid.TryParse(presented.FindFirstValue(TokenClaim), out var tokenId)
            || await context.RefreshTokenFamilies.SingleOrDefaultAsync(f => f.Id == familyId && f.UserId == user.Id) is not { } family
            || !family.IsLive(Now))
        {
            return null;
        }

        if (family.CurrentTokenId == tokenId)
        {
            family.Rotate(Now, Lifetime);
            try
            {
                await context.SaveChangesAsync();
                return Claims(family);
            }
            catch (DbUpdateConcurrencyException)
            {
                // The same token was exchanged by another request at the same moment: a reuse as well.
                await context.Entry(family).ReloadAsync();
            }
        }

        family.Revoke(Now);
        audit.Record(SecurityEventKind.RefreshTokenReused, user.Id, user.Email, "refresh token used twice: the API sign-in's tokens are revoked");
        await context.SaveChangesAsync();
        return null;
    }

    /// <summary>Whether an access token's family still stands; one that was revoked ends its access tokens too.</summary>
    public Task<bool> IsLiveAsync(Guid familyId) => context.RefreshTokenFamilies.AnyAsync(f => f.Id == familyId && f.RevokedAt == null);

    private static Claim[] Claims(RefreshTokenFamily family) =>
        [new Claim(FamilyClaim, family.Id.ToString()), new Claim(TokenClaim, family.CurrentTokenId.ToString())];
}
