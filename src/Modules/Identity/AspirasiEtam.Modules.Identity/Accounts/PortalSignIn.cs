using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace AspirasiEtam.Modules.Identity.Accounts;

internal enum SignInOutcome
{
    Succeeded,
    RequiresTwoFactor,
    TwoFactorEnrolmentRequired,
    LockedOut,
    NotAllowed,
    Failed,
}

/// <summary>
/// Every way of signing in — the web form (cookie), its second step, the API token and its refresh — with lockout,
/// two-factor rules for staff, and a line in the security log for each attempt.
/// </summary>
internal sealed class PortalSignIn(
    SignInManager<PortalUser> signIn,
    UserManager<PortalUser> users,
    SecurityAudit audit,
    RefreshTokenFamilies families,
    IOptions<IdentitySettings> settings,
    IOptionsMonitor<BearerTokenOptions> bearer,
    TimeProvider clock)
{
    public static readonly Claim MultiFactorClaim = new(PortalClaims.AuthenticationMethod, PortalClaims.MultiFactor);

    /// <summary>Password step of the web sign-in. A staff member without 2FA (when required) is signed in only to enrol.</summary>
    public async Task<SignInOutcome> WithPasswordAsync(string email, string password, bool persistent)
    {
        var user = await FindAsync(email);
        if (user is null)
        {
            return await FailAsync(null, email, "unknown account");
        }

        signIn.AuthenticationScheme = IdentityConstants.ApplicationScheme;
        var result = await signIn.PasswordSignInAsync(user, password, persistent, lockoutOnFailure: true);
        if (result.RequiresTwoFactor)
        {
            return SignInOutcome.RequiresTwoFactor;
        }

        if (result.IsNotAllowed)
        {
            return await NotAllowedAsync(user, password, "web");
        }

        var outcome = await RecordAsync(user, result, "web");
        return outcome == SignInOutcome.Succeeded && MustEnrolTwoFactor(user) ? SignInOutcome.TwoFactorEnrolmentRequired : outcome;
    }

    /// <summary>Second step of the web sign-in: an authenticator code or a recovery code.</summary>
    public async Task<SignInOutcome> WithTwoFactorCodeAsync(string code, bool persistent)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return SignInOutcome.Failed;
        }

        var normalized = OneTimeAuthenticatorCodes.Normalize(code);
        var result = normalized.Length == 6
            ? await signIn.TwoFactorAuthenticatorSignInAsync(normalized, persistent, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(code.Trim());
        return await RecordAsync(user, result, "web, two-factor");
    }

    /// <summary>API sign-in: password and, when the account has 2FA, the code in the same request. Writes a bearer token.</summary>
    public async Task<SignInOutcome> IssueTokenAsync(string email, string password, string? twoFactorCode)
    {
        var user = await FindAsync(email);
        if (user is null)
        {
            return await FailAsync(null, email, "unknown account");
        }

        var check = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (check.IsNotAllowed)
        {
            return await NotAllowedAsync(user, password, "api");
        }

        if (!check.Succeeded)
        {
            return await RecordAsync(user, check, "api");
        }

        Claim[] extra = [];
        if (user.TwoFactorEnabled)
        {
            if (string.IsNullOrWhiteSpace(twoFactorCode))
            {
                return SignInOutcome.RequiresTwoFactor;
            }

            if (!await users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, OneTimeAuthenticatorCodes.Normalize(twoFactorCode)))
            {
                await users.AccessFailedAsync(user);
                return await RecordAsync(user, await users.IsLockedOutAsync(user) ? SignInResult.LockedOut : SignInResult.Failed, "api, two-factor");
            }

            await users.ResetAccessFailedCountAsync(user);
            extra = [MultiFactorClaim];
        }
        else if (MustEnrolTwoFactor(user))
        {
            await audit.SaveAsync(SecurityEventKind.SignInFailed, user.Id, user.Email, "api: staff account without two-factor");
            return SignInOutcome.TwoFactorEnrolmentRequired;
        }

        // Saved before the tokens are written: a client may refresh as soon as it has them.
        var family = await families.StartAsync(user);
        await audit.SaveAsync(SecurityEventKind.TokenIssued, user.Id, user.Email);
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [.. extra, .. family]);
        return SignInOutcome.Succeeded;
    }

    /// <summary>
    /// New API tokens for a refresh token, which works once: checked against the security stamp (a change of
    /// password, roles, scope or a deactivation stops it) and against its family (a second use revokes them all).
    /// </summary>
    public async Task<SignInOutcome> RefreshTokenAsync(string? refreshToken)
    {
        var ticket = bearer.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(refreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { IsActive: true } user
            || await families.RotateAsync(user, ticket.Principal) is not { } family)
        {
            return SignInOutcome.Failed;
        }

        // A two-factor sign-in stays one across refreshes.
        Claim[] extra = ticket.Principal.HasClaim(MultiFactorClaim.Type, MultiFactorClaim.Value) ? [.. family, MultiFactorClaim] : family;
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, extra);
        return SignInOutcome.Succeeded;
    }

    public bool MustEnrolTwoFactor(PortalUser user) =>
        user.IsStaff && settings.Value.RequireTwoFactorForStaff && !user.TwoFactorEnabled;

    private async Task<PortalUser?> FindAsync(string email) =>
        string.IsNullOrWhiteSpace(email) ? null : await users.FindByEmailAsync(email.Trim());

    /// <summary>
    /// Identity says NotAllowed (email not confirmed) before it looks at the password, so saying so to anyone would
    /// tell them the address has an account. Only the right password earns that answer (its owner is told what to
    /// do); a wrong one is an ordinary failure, counted toward the lockout like any other.
    /// </summary>
    private async Task<SignInOutcome> NotAllowedAsync(PortalUser user, string password, string channel)
    {
        if (!await users.IsLockedOutAsync(user) && await users.CheckPasswordAsync(user, password))
        {
            return await RecordAsync(user, SignInResult.NotAllowed, channel);
        }

        await users.AccessFailedAsync(user);
        return await FailAsync(user.Id, user.Email, $"{channel}: wrong password");
    }

    private async Task<SignInOutcome> RecordAsync(PortalUser user, SignInResult result, string channel)
    {
        if (result.Succeeded)
        {
            await audit.SaveAsync(SecurityEventKind.SignInSucceeded, user.Id, user.Email, channel);
            return SignInOutcome.Succeeded;
        }

        if (result.IsLockedOut)
        {
            await audit.SaveAsync(SecurityEventKind.LockedOut, user.Id, user.Email, channel);
            return SignInOutcome.LockedOut;
        }

        if (result.IsNotAllowed)
        {
            return await FailAsync(user.Id, user.Email, $"{channel}: email not confirmed or account inactive", SignInOutcome.NotAllowed);
        }

        return await FailAsync(user.Id, user.Email, $"{channel}: wrong password or code");
    }

    private async Task<SignInOutcome> FailAsync(Guid? userId, string? email, string detail, SignInOutcome outcome = SignInOutcome.Failed)
    {
        await audit.SaveAsync(SecurityEventKind.SignInFailed, userId, email, detail);
        return outcome;
    }
}
