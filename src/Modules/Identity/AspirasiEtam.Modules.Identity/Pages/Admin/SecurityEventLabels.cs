using AspirasiEtam.Modules.Identity.Domain;

namespace AspirasiEtam.Modules.Identity.Pages.Admin;

/// <summary>What each kind of security event is called on the audit page, in the reader's language.</summary>
internal static class SecurityEventLabels
{
    public static string Of(string kind) => Enum.TryParse<SecurityEventKind>(kind, out var k) ? Of(k) : kind;

    public static string Of(SecurityEventKind kind) => kind switch
    {
        SecurityEventKind.SignInSucceeded => Bilingual.T("Masuk berhasil", "Signed in"),
        SecurityEventKind.SignInFailed => Bilingual.T("Gagal masuk", "Sign-in failed"),
        SecurityEventKind.LockedOut => Bilingual.T("Akun dikunci sementara", "Locked out"),
        SecurityEventKind.SignedOut => Bilingual.T("Keluar", "Signed out"),
        SecurityEventKind.TokenIssued => Bilingual.T("Token API diterbitkan", "API token issued"),
        SecurityEventKind.RefreshTokenReused => Bilingual.T("Token penyegar dipakai ulang", "Refresh token reused"),
        SecurityEventKind.AccountRegistered => Bilingual.T("Akun didaftarkan", "Account registered"),
        SecurityEventKind.RegistrationForExistingAccount => Bilingual.T("Pendaftaran untuk akun yang sudah ada", "Registration for an existing account"),
        SecurityEventKind.EmailConfirmed => Bilingual.T("Email dikonfirmasi", "Email confirmed"),
        SecurityEventKind.PasswordResetRequested => Bilingual.T("Atur ulang sandi diminta", "Password reset requested"),
        SecurityEventKind.PasswordReset => Bilingual.T("Sandi diatur ulang", "Password reset"),
        SecurityEventKind.TwoFactorEnabled => Bilingual.T("Verifikasi dua langkah dinyalakan", "Two-step verification on"),
        SecurityEventKind.TwoFactorDisabled => Bilingual.T("Verifikasi dua langkah dimatikan", "Two-step verification off"),
        SecurityEventKind.AuthenticatorReset => Bilingual.T("Aplikasi autentikator diatur ulang", "Authenticator reset"),
        SecurityEventKind.TwoFactorCodeReused => Bilingual.T("Kode dua langkah dipakai ulang", "Two-step code reused"),
        SecurityEventKind.StaffCreated => Bilingual.T("Staf diundang", "Staff member invited"),
        SecurityEventKind.RolesChanged => Bilingual.T("Peran diubah", "Roles changed"),
        SecurityEventKind.ScopeChanged => Bilingual.T("Cakupan OPD diubah", "Agency scope changed"),
        SecurityEventKind.StaffDeactivated => Bilingual.T("Staf dinonaktifkan", "Staff member deactivated"),
        SecurityEventKind.StaffReactivated => Bilingual.T("Staf diaktifkan kembali", "Staff member reactivated"),
        _ => kind.ToString(),
    };
}
