using AspirasiEtam.Modules.Identity.Accounts;
using FluentValidation.Results;
using Microsoft.AspNetCore.Identity;

namespace AspirasiEtam.Modules.Identity.Features;

/// <summary>
/// Proof that the person at the keyboard owns the account, not just its session: the password and a current
/// authenticator code (or a recovery code, for a lost phone). Asked before two-factor is turned off or its key
/// replaced, which a borrowed or stolen session must not be able to do.
/// </summary>
internal static class OwnerProof
{
    public static async Task ProveOwnerAsync(this UserManager<PortalUser> users, PortalUser user, string? password, string? code)
    {
        var missing = new List<ValidationFailure>();
        if (string.IsNullOrEmpty(password))
        {
            missing.Add(new ValidationFailure("password", "Masukkan kata sandi Anda. / Enter your password."));
        }

        if (string.IsNullOrWhiteSpace(code))
        {
            missing.Add(new ValidationFailure("code", "Masukkan kode dari aplikasi autentikator atau kode pemulihan. / Enter a code from your authenticator app or a recovery code."));
        }

        if (missing.Count > 0)
        {
            throw new ValidationException(missing);
        }

        // Wrong answers count toward the lockout, as at sign-in, so the session cannot be used to guess them.
        if (await users.IsLockedOutAsync(user))
        {
            throw new InvalidFieldException("password", "Akun dikunci sementara karena terlalu banyak percobaan. / The account is locked for a while after too many attempts.");
        }

        if (!await users.CheckPasswordAsync(user, password!))
        {
            await users.AccessFailedAsync(user);
            throw new InvalidFieldException("password", "Kata sandi salah. / Wrong password.");
        }

        var normalized = OneTimeAuthenticatorCodes.Normalize(code);
        var proven = normalized.Length == 6
            ? await users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, normalized)
            : (await users.RedeemTwoFactorRecoveryCodeAsync(user, code!.Trim())).Succeeded;
        if (!proven)
        {
            await users.AccessFailedAsync(user);
            throw new InvalidFieldException("code", "Kode salah, kedaluwarsa atau sudah dipakai. / The code is wrong, expired or already used.");
        }

        await users.ResetAccessFailedCountAsync(user);
    }
}
