using Microsoft.AspNetCore.Identity;

namespace AspirasiEtam.Modules.Identity.Accounts;

/// <summary>
/// The account's authenticator key. A key is handed out only while two-factor is off: it protects nothing until
/// a code from it turns two-factor on (EnableAuthenticator), and the key in use is never shown again.
/// </summary>
internal sealed class AuthenticatorKeys(
    UserManager<PortalUser> users,
    IUserStore<PortalUser> store,
    IdentityModuleDbContext context,
    SecurityAudit audit)
{
    private const string Issuer = "Aspirasi Etam";

    /// <summary>
    /// A fresh key for an account with two-factor off. Unlike UserManager.ResetAuthenticatorKeyAsync it leaves the
    /// security stamp alone: an unused key guards nothing, and a new stamp would end the enrolling user's own
    /// cookie or API token before they could prove the key.
    /// </summary>
    public async Task<string> ReplaceAsync(PortalUser user)
    {
        var key = users.GenerateNewAuthenticatorKey();

        // The EF Core user store keeps the key; UserManager only offers the reset that also renews the stamp.
        await ((IUserAuthenticatorKeyStore<PortalUser>)store).SetAuthenticatorKeyAsync(user, key, CancellationToken.None);

        // Time steps count per key: the codes of the new one have not been used.
        user.LastAuthenticatorTimeStep = null;
        (await users.UpdateAsync(user)).ThrowIfFailed();
        return key;
    }

    /// <summary>
    /// Two-factor off, with a fresh key in place of the one in use, and a line in the security log, all or nothing.
    /// Turning it off renews the security stamp, so the account's other sessions end.
    /// </summary>
    public async Task<string> TurnOffAsync(PortalUser user, SecurityEventKind kind, CancellationToken cancellationToken)
    {
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        (await users.SetTwoFactorEnabledAsync(user, false)).ThrowIfFailed();
        var key = await ReplaceAsync(user);
        audit.Record(kind, user.Id, user.Email);
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return key;
    }

    /// <summary>The otpauth URI an authenticator app reads from the QR code.</summary>
    public static string Uri(PortalUser user, string key) =>
        $"otpauth://totp/{System.Uri.EscapeDataString(Issuer)}:{System.Uri.EscapeDataString(user.Email!)}?secret={key}&issuer={System.Uri.EscapeDataString(Issuer)}&digits=6";
}
