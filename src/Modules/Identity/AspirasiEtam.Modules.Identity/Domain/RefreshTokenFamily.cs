namespace AspirasiEtam.Modules.Identity.Domain;

/// <summary>
/// One API sign-in and the refresh tokens it hands out one after the other. Each exchange gives the family a new
/// current token id, so only its newest refresh token can be exchanged; an older one coming back means a copy is
/// in someone else's hands, and the whole family is revoked: its tokens stop, the user signs in again.
/// </summary>
internal sealed class RefreshTokenFamily
{
    private RefreshTokenFamily()
    {
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public DateTime CreatedAt { get; private set; }

    /// <summary>The id the family's one exchangeable refresh token carries.</summary>
    public Guid CurrentTokenId { get; private set; }

    /// <summary>When that refresh token expires; a family past it is kept only until the account signs in again.</summary>
    public DateTime ExpiresAt { get; private set; }

    public DateTime? RevokedAt { get; private set; }

    public static RefreshTokenFamily Start(Guid userId, DateTime now, TimeSpan refreshTokenLifetime) =>
        new()
        {
            Id = Guid.CreateVersion7(),
            UserId = userId,
            CreatedAt = now,
            CurrentTokenId = Guid.NewGuid(),
            ExpiresAt = now + refreshTokenLifetime,
        };

    public bool IsLive(DateTime now) => RevokedAt is null && now < ExpiresAt;

    /// <summary>The presented token was the current one: the next token replaces it.</summary>
    public void Rotate(DateTime now, TimeSpan refreshTokenLifetime)
    {
        CurrentTokenId = Guid.NewGuid();
        ExpiresAt = now + refreshTokenLifetime;
    }

    public void Revoke(DateTime now) => RevokedAt ??= now;
}
