namespace AspirasiEtam.Modules.Identity.Domain;

internal enum SecurityEventKind
{
    SignInSucceeded,
    SignInFailed,
    LockedOut,
    SignedOut,
    TokenIssued,
    RefreshTokenReused,
    AccountRegistered,
    RegistrationForExistingAccount,
    EmailConfirmed,
    PasswordResetRequested,
    PasswordReset,
    TwoFactorEnabled,
    TwoFactorDisabled,
    AuthenticatorReset,
    TwoFactorCodeReused,
    StaffCreated,
    RolesChanged,
    ScopeChanged,
    StaffDeactivated,
    StaffReactivated,
}

/// <summary>One line of the security audit log, readable by super admins only.</summary>
internal sealed class SecurityEvent
{
    private SecurityEvent()
    {
    }

    public Guid Id { get; private set; }

    public DateTime OccurredAt { get; private set; }

    public SecurityEventKind Kind { get; private set; }

    /// <summary>The account concerned, when known.</summary>
    public Guid? UserId { get; private set; }

    /// <summary>The email typed or of the account concerned (a failed sign-in may name no account).</summary>
    public string? Email { get; private set; }

    /// <summary>Who did it, when someone else than the account concerned (an admin changing roles).</summary>
    public Guid? ActorId { get; private set; }

    public string? Detail { get; private set; }

    public string? IpAddress { get; private set; }

    public static SecurityEvent Create(SecurityEventKind kind, DateTime occurredAt, Guid? userId, string? email, Guid? actorId, string? detail, string? ipAddress) =>
        new()
        {
            Id = Guid.CreateVersion7(),
            Kind = kind,
            OccurredAt = occurredAt,
            UserId = userId,
            Email = email is { Length: > 256 } ? email[..256] : email,
            ActorId = actorId,
            Detail = detail is { Length: > 1000 } ? detail[..1000] : detail,
            IpAddress = ipAddress,
        };
}
