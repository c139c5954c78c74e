using AspirasiEtam.Modules.Identity.Accounts;
using Microsoft.AspNetCore.Identity;

namespace AspirasiEtam.Modules.Identity.Features.ResetPassword;

/// <summary>A new password with the code from the reset (or staff invitation) link.</summary>
internal sealed record ResetPassword(string? Email, string? Code, string? NewPassword) : IRequest<Unit>;

internal sealed class ResetPasswordValidator : AbstractValidator<ResetPassword>
{
    public ResetPasswordValidator()
    {
        RuleFor(r => r.Email).NotEmpty().EmailAddress().WithMessage("Alamat email tidak sah. / Email address is not valid.");
        RuleFor(r => r.Code).NotEmpty().WithMessage("Kode tidak ada. / The code is missing.");
        RuleFor(r => r.NewPassword).NotEmpty().WithMessage("Kata sandi baru wajib diisi. / A new password is required.").MaximumLength(128);
    }
}

internal sealed class ResetPasswordHandler(UserManager<PortalUser> users, SecurityAudit audit, IdentityModuleDbContext context) : IRequestHandler<ResetPassword, Unit>
{
    public async Task<Unit> Handle(ResetPassword request, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(request.Email!.Trim())
            ?? throw new InvalidFieldException("code", IdentityErrors.InvalidLink);
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

internal static class ResetPasswordEndpoint
{
    public static void Map(IEndpointRouteBuilder open) =>
        open.MapCommand<ResetPassword>("/reset-password")
            .WithName("ResetPassword").WithSummary("Set a new password with the code from the reset link");
}
