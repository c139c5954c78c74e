using Microsoft.AspNetCore.Identity;
using OtpNet;

namespace AspirasiEtam.Modules.Identity.Accounts;

/// <summary>
/// Authenticator (TOTP) codes checked as Identity's own provider does — the shared key, six digits, 30-second
/// steps, two steps either way for a phone's clock — but each accepted once (RFC 6238 §5.2): the account keeps the
/// last step it accepted (<see cref="PortalUser.LastAuthenticatorTimeStep"/>, in the database, so a restart forgets
/// nothing) and refuses that step and earlier ones. A code read over a shoulder or phished cannot be played again,
/// whether at sign-in or to turn two-factor on or off. Registered as Identity's authenticator provider, so every
/// check (web second step, API token, the account's own two-factor changes) goes through it.
/// </summary>
internal sealed class OneTimeAuthenticatorCodes(TimeProvider clock, SecurityAudit audit) : AuthenticatorTokenProvider<PortalUser>
{
    private static readonly VerificationWindow PhoneClockDrift = new(previous: 2, future: 2);

    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<PortalUser> manager, PortalUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key) || string.IsNullOrEmpty(token)
            || !new Totp(Base32Encoding.ToBytes(key)).VerifyTotp(clock.GetUtcNow().UtcDateTime, token, out var step, PhoneClockDrift))
        {
            return false;
        }

        if (step <= user.LastAuthenticatorTimeStep)
        {
            await audit.SaveAsync(SecurityEventKind.TwoFactorCodeReused, user.Id, user.Email);
            return false;
        }

        // Saved at once, guarded by the account's concurrency stamp: of two requests racing with one code, one loses here.
        user.LastAuthenticatorTimeStep = step;
        return (await manager.UpdateAsync(user)).Succeeded;
    }

    /// <summary>A code as typed: "123 456" and "123-456" are "123456".</summary>
    public static string Normalize(string? code) =>
        (code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
}
