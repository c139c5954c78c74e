using AspirasiEtam.Modules.Identity.Accounts;
using AspirasiEtam.Modules.Identity.Contracts;
using Microsoft.AspNetCore.Identity;

namespace AspirasiEtam.Modules.Identity.Features.RegisterCitizen;

/// <summary>A citizen creates an account; it can sign in once the email is confirmed from the link sent to it.</summary>
internal sealed record RegisterCitizen(string? FullName, string? Email, string? Password, string? Nik) : IRequest<Guid>;

internal sealed record RegisteredResponse(Guid UserId, string Message);

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
    TimeProvider clock) : IRequestHandler<RegisterCitizen, Guid>
{
    public async Task<Guid> Handle(RegisterCitizen request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var user = PortalUser.NewCitizen(request.Email!.Trim(), request.FullName!.Trim(), string.IsNullOrEmpty(request.Nik) ? null : request.Nik, now.UtcDateTime);

        // One transaction for the account, its role, the audit line and the event: all or nothing.
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        (await users.CreateAsync(user, request.Password!)).ThrowIfFailed();
        (await users.AddToRoleAsync(user, Roles.Citizen)).ThrowIfFailed();
        audit.Record(SecurityEventKind.AccountRegistered, user.Id, user.Email);
        context.Publish(new CitizenRegistered(user.Id, now));
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        await mails.SendEmailConfirmationAsync(user, cancellationToken);
        return user.Id;
    }
}

internal static class RegisterCitizenEndpoint
{
    public static void Map(IEndpointRouteBuilder open) =>
        open.MapPost("/register", async Task<Created<RegisteredResponse>> (RegisterCitizen request, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(request, ct);
                return TypedResults.Created("/api/account/me", new RegisteredResponse(id, "Periksa email Anda untuk tautan konfirmasi. / Check your email for the confirmation link."));
            })
            .WithName("RegisterCitizen").WithSummary("Register a citizen account (confirm the email before signing in)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
}
