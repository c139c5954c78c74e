using AspirasiEtam.Modules.Identity.Accounts;
using AspirasiEtam.Modules.Identity.Domain;
using AspirasiEtam.Modules.Identity.Persistence;
using AspirasiEtam.Shared.Contracts;
using AspirasiEtam.Shared.Domain;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace AspirasiEtam.Modules.Identity.Features.Account;

/// <summary>Starts (or restarts) authenticator enrolment: a new shared key and the otpauth URI for the QR code.</summary>
internal sealed record SetUpAuthenticator : IRequest<AuthenticatorSetup>;

internal sealed record AuthenticatorSetup(string SharedKey, string AuthenticatorUri);

/// <summary>Turns two-factor on after the user proved the app works with one code; returns recovery codes, shown once.</summary>
internal sealed record EnableAuthenticator(string? Code) : IRequest<IReadOnlyList<string>>;

internal sealed record DisableAuthenticator : IRequest<Unit>;

internal sealed class AuthenticatorHandlers(UserManager<PortalUser> users, ICurrentUser currentUser, SecurityAudit audit, IdentityModuleDbContext context)
    : IRequestHandler<SetUpAuthenticator, AuthenticatorSetup>, IRequestHandler<EnableAuthenticator, IReadOnlyList<string>>, IRequestHandler<DisableAuthenticator, Unit>
{
    public async Task<AuthenticatorSetup> Handle(SetUpAuthenticator request, CancellationToken cancellationToken)
    {
        var user = await CurrentAsync();
        if (!user.TwoFactorEnabled || string.IsNullOrEmpty(await users.GetAuthenticatorKeyAsync(user)))
        {
            await users.ResetAuthenticatorKeyAsync(user);
        }

        var key = (await users.GetAuthenticatorKeyAsync(user))!;
        var uri = $"otpauth://totp/{Uri.EscapeDataString("Aspirasi Etam")}:{Uri.EscapeDataString(user.Email!)}?secret={key}&issuer={Uri.EscapeDataString("Aspirasi Etam")}&digits=6";
        return new AuthenticatorSetup(key, uri);
    }

    public async Task<IReadOnlyList<string>> Handle(EnableAuthenticator request, CancellationToken cancellationToken)
    {
        var user = await CurrentAsync();
        var code = (request.Code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        if (string.IsNullOrEmpty(await users.GetAuthenticatorKeyAsync(user))
            || !await users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, code))
        {
            throw new InvalidFieldException("code", "Kode tidak cocok. Periksa jam ponsel Anda dan coba lagi. / The code does not match; check your phone's clock and try again.");
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var recoveryCodes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10);
        audit.Record(SecurityEventKind.TwoFactorEnabled, user.Id, user.Email);
        await context.SaveChangesAsync(cancellationToken);
        return [.. recoveryCodes!];
    }

    public async Task<Unit> Handle(DisableAuthenticator request, CancellationToken cancellationToken)
    {
        var user = await CurrentAsync();
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        audit.Record(SecurityEventKind.TwoFactorDisabled, user.Id, user.Email);
        await context.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    private async Task<PortalUser> CurrentAsync() =>
        await users.FindByIdAsync(currentUser.UserId?.ToString() ?? string.Empty)
        ?? throw new NotFoundException("The account no longer exists. / Akun tidak ditemukan.");
}
