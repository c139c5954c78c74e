using AspirasiEtam.Modules.Identity.Accounts;
using AspirasiEtam.Modules.Identity.Domain;
using AspirasiEtam.Modules.Identity.Persistence;
using AspirasiEtam.Shared.Domain;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace AspirasiEtam.Modules.Identity.Features.Account;

/// <summary>The citizen opened the link from the confirmation email.</summary>
internal sealed record ConfirmEmail(Guid UserId, string? Code) : IRequest<Unit>;

/// <summary>Someone asked for a password-reset link. The answer is the same whether the account exists or not.</summary>
internal sealed record RequestPasswordReset(string? Email) : IRequest<Unit>;

/// <summary>A new password with the code from the reset (or staff invitation) link.</summary>
internal sealed record ResetPassword(string? Email, string? Code, string? NewPassword) : IRequest<Unit>;

internal sealed class RequestPasswordResetValidator : AbstractValidator<RequestPasswordReset>
{
    public RequestPasswordResetValidator() =>
        RuleFor(r => r.Email).NotEmpty().EmailAddress().WithMessage("Alamat email tidak sah. / Email address is not valid.");
}

internal sealed class ResetPasswordValidator : AbstractValidator<ResetPassword>
{
    public ResetPasswordValidator()
    {
        RuleFor(r => r.Email).NotEmpty().EmailAddress().WithMessage("Alamat email tidak sah. / Email address is not valid.");
        RuleFor(r => r.Code).NotEmpty().WithMessage("Kode tidak ada. / The code is missing.");
        RuleFor(r => r.NewPassword).NotEmpty().WithMessage("Kata sandi baru wajib diisi. / A new password is required.").MaximumLength(128);
    }
}

internal sealed class EmailAndPasswordHandlers(UserManager<PortalUser> users, AccountMails mails, SecurityAudit audit, IdentityModuleDbContext context)
    : IRequestHandler<ConfirmEmail, Unit>, IRequestHandler<RequestPasswordReset, Unit>, IRequestHandler<ResetPassword, Unit>
{
    public async Task<Unit> Handle(ConfirmEmail request, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(request.UserId.ToString())
            ?? throw new InvalidFieldException("code", "Tautan tidak sah atau sudah kedaluwarsa. / The link is invalid or has expired.");
        (await users.ConfirmEmailAsync(user, AccountMails.Decode(request.Code))).ThrowIfFailed();
        await audit.SaveAsync(SecurityEventKind.EmailConfirmed, user.Id, user.Email);
        return Unit.Value;
    }

    public async Task<Unit> Handle(RequestPasswordReset request, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(request.Email!.Trim());
        await audit.SaveAsync(SecurityEventKind.PasswordResetRequested, user?.Id, request.Email, user is null ? "unknown account" : null);
        if (user is { IsActive: true } && (user.EmailConfirmed || user.IsStaff))
        {
            await mails.SendPasswordResetAsync(user, cancellationToken);
        }

        return Unit.Value;
    }

    public async Task<Unit> Handle(ResetPassword request, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(request.Email!.Trim())
            ?? throw new InvalidFieldException("code", "Tautan tidak sah atau sudah kedaluwarsa. / The link is invalid or has expired.");
        (await users.ResetPasswordAsync(user, AccountMails.Decode(request.Code), request.NewPassword!)).ThrowIfFailed("newPassword");

        // The link came to the mailbox, which proves the address; and a reset ends any lockout.
        if (!user.EmailConfirmed)
        {
            user.EmailConfirmed = true;
            await users.UpdateAsync(user);
        }

        await users.SetLockoutEndDateAsync(user, user.IsActive ? null : DateTimeOffset.MaxValue);
        audit.Record(SecurityEventKind.PasswordReset, user.Id, user.Email);
        await context.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
