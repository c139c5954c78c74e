using AspirasiEtam.Modules.Identity.Accounts;
using AspirasiEtam.Modules.Identity.Contracts;
using Microsoft.AspNetCore.Identity;

namespace AspirasiEtam.Modules.Identity.Features.RegisterCitizen;

/// <summary>
/// A citizen creates an account; it can sign in once the email is confirmed from the link sent to it. An address
/// that has an account already gets the same answer (nothing tells the caller it is known) and its owner an email.
/// </summary>
internal sealed record RegisterCitizen(string? FullName, string? Email, string? Password, string? Nik) : IRequest<Unit>;

internal sealed record RegistrationResponse(string Message);

internal sealed class RegisterCitizenValidator : AbstractValidator<RegisterCitizen>
{
    public RegisterCitizenValidator()
    {
        RuleFor(r => r.FullName).IsFullName();
        RuleFor(r => r.Email).IsAccountEmail();
        RuleFor(r => r.Password).NotEmpty().WithMessage("Kata sandi wajib diisi. / Password is required.").MaximumLength(128);
        RuleFor(r => r.Nik).Must(NationalIdentityNumber.IsValid).When(r => !string.IsNullOrEmpty(r.Nik))
            .WithMessage("NIK harus 16 angka. / NIK must be 16 digits.");
    }
}

internal sealed class RegisterCitizenHandler(
    UserManager<PortalUser> users,
    IdentityModuleDbContext context,
    AccountMails mails,
    SecurityAudit audit,
    TimeProvider clock) : IRequestHandler<RegisterCitizen, Unit>
{
    public async Task<Unit> Handle(RegisterCitizen request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var user = PortalUser.NewCitizen(request.Email!.Trim(), request.FullName!.Trim(), string.IsNullOrEmpty(request.Nik) ? null : request.Nik, now.UtcDateTime);
        if (await TryCreateAsync(user, request.Password!, now, cancellationToken))
        {
            await mails.SendEmailConfirmationAsync(user, cancellationToken);
        }
        else if (await users.FindByEmailAsync(user.Email!) is { } existing)
        {
            // The owner is told by email; an owner who never confirmed the address gets the confirmation link again.
            await audit.SaveAsync(SecurityEventKind.RegistrationForExistingAccount, existing.Id, existing.Email);
            await (existing.EmailConfirmed || existing.IsStaff
                ? mails.SendAlreadyRegisteredAsync(existing, cancellationToken)
                : mails.SendEmailConfirmationAsync(existing, cancellationToken));
        }

        return Unit.Value;
    }

    /// <summary>
    /// Creates the account, its role, the audit line and the event in one transaction: all or nothing. False when the
    /// address has an account: Identity judges the password first, so a weak one is refused alike for either.
    /// </summary>
    private async Task<bool> TryCreateAsync(PortalUser user, string password, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(user, password);
        if (created.IsDuplicateAccount())
        {
            return false;
        }

        created.ThrowIfFailed();
        (await users.AddToRoleAsync(user, Roles.Citizen)).ThrowIfFailed();
        audit.Record(SecurityEventKind.AccountRegistered, user.Id, user.Email);
        context.Publish(new CitizenRegistered(user.Id, now));
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}

internal static class RegisterCitizenEndpoint
{
    private const string Message = "Pendaftaran diterima. Periksa email Anda untuk langkah berikutnya. / Registration received. Check your email for the next step.";

    public static void Map(IEndpointRouteBuilder open) =>
        open.MapPost("/register", async Task<Accepted<RegistrationResponse>> (RegisterCitizen request, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(request, ct);
                return TypedResults.Accepted((string?)null, new RegistrationResponse(Message));
            })
            .WithName("RegisterCitizen")
            .WithSummary("Register a citizen account (confirm the email before signing in). A known address gets the same answer; its owner is told by email")
            .ProducesValidationProblem();
}
