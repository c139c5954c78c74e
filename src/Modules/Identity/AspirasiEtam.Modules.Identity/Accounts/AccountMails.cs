using System.Text;
using AspirasiEtam.Shared.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace AspirasiEtam.Modules.Identity.Accounts;

/// <summary>The emails of the account lifecycle, in Bahasa Indonesia then English, with links to the portal's pages.</summary>
internal sealed class AccountMails(UserManager<PortalUser> users, IdentityModuleDbContext context, TimeProvider clock, IOptions<PortalOptions> portal)
{
    /// <summary>
    /// Through the module's outbox: stored with the account change when the caller runs in a transaction, sent by the
    /// dispatcher with retries — and never inside the request, so a slow mail server does not tell a caller which
    /// addresses have accounts.
    /// </summary>
    private async Task QueueAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        context.QueueMail(mail, clock.GetUtcNow());
        await context.SaveChangesAsync(cancellationToken);
    }

    public async Task SendEmailConfirmationAsync(PortalUser user, CancellationToken cancellationToken)
    {
        var code = Encode(await users.GenerateEmailConfirmationTokenAsync(user));
        var link = portal.Value.Link($"/konfirmasi-email?userId={user.Id}&code={code}");
        await QueueAsync(new OutgoingMail(user.Email!, "Konfirmasi email Anda / Confirm your email",
            $"""
            Halo {user.FullName},

            Terima kasih telah mendaftar di Aspirasi Etam. Konfirmasi alamat email Anda dengan membuka tautan ini:
            {link}

            Thank you for registering with Aspirasi Etam. Confirm your email address by opening the link above.

            Jika Anda tidak mendaftar, abaikan email ini. / If you did not register, ignore this email.
            """), cancellationToken);
    }

    /// <summary>Someone registered with an address that has an account: its owner hears of it, the caller learns nothing.</summary>
    public async Task SendAlreadyRegisteredAsync(PortalUser user, CancellationToken cancellationToken) =>
        await QueueAsync(new OutgoingMail(user.Email!, "Pendaftaran dengan email Anda / A registration with your email",
            $"""
            Halo {user.FullName},

            Seseorang mencoba mendaftar di Aspirasi Etam dengan alamat email ini, padahal alamat ini sudah memiliki akun.
            Jika itu Anda, masuk saja: {portal.Value.Link("/masuk")}
            Lupa kata sandi? Atur ulang di sini: {portal.Value.Link("/lupa-sandi")}

            Someone tried to register with this email address, which already has an account. If it was you, sign in
            with the first link, or reset your password with the second.

            Jika bukan Anda, abaikan email ini; akun Anda tidak berubah. / If it was not you, ignore this email; your account is unchanged.
            """), cancellationToken);

    public async Task SendPasswordResetAsync(PortalUser user, CancellationToken cancellationToken)
    {
        var link = await ResetLinkAsync(user);
        await QueueAsync(new OutgoingMail(user.Email!, "Atur ulang kata sandi / Reset your password",
            $"""
            Halo {user.FullName},

            Seseorang meminta pengaturan ulang kata sandi akun Anda. Buka tautan ini untuk membuat kata sandi baru:
            {link}

            Someone asked to reset your password. Open the link above to choose a new one.
            Jika bukan Anda, abaikan email ini; kata sandi Anda tidak berubah. / If it was not you, ignore this email.
            """), cancellationToken);
    }

    public async Task SendStaffInvitationAsync(PortalUser user, CancellationToken cancellationToken)
    {
        var link = await ResetLinkAsync(user);
        await QueueAsync(new OutgoingMail(user.Email!, "Undangan akun staf Aspirasi Etam / Your Aspirasi Etam staff account",
            $"""
            Halo {user.FullName},

            Akun staf Anda di Aspirasi Etam telah dibuat. Buat kata sandi Anda melalui tautan ini, lalu masuk dan
            aktifkan verifikasi dua langkah dengan aplikasi autentikator:
            {link}

            A staff account has been created for you. Choose your password with the link above, then sign in and
            set up two-step verification with an authenticator app.
            """), cancellationToken);
    }

    public static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    /// <summary>Decodes a token from a link; a malformed one decodes to a token that will simply not verify.</summary>
    public static string Decode(string? code)
    {
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code ?? string.Empty));
        }
        catch (FormatException)
        {
            return string.Empty;
        }
    }

    private async Task<string> ResetLinkAsync(PortalUser user)
    {
        var code = Encode(await users.GeneratePasswordResetTokenAsync(user));
        return portal.Value.Link($"/atur-ulang-sandi?email={Uri.EscapeDataString(user.Email!)}&code={code}");
    }
}
