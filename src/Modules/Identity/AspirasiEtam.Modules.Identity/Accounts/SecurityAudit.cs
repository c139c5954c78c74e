namespace AspirasiEtam.Modules.Identity.Accounts;

/// <summary>Adds lines to the security log; they are saved with the caller's next SaveChanges (or by <see cref="SaveAsync"/>).</summary>
internal sealed class SecurityAudit(IdentityModuleDbContext context, TimeProvider clock, IHttpContextAccessor http, ICurrentUser currentUser)
{
    public void Record(SecurityEventKind kind, Guid? userId, string? email, string? detail = null)
    {
        var actor = currentUser.UserId is { } id && id != userId ? id : (Guid?)null;
        context.SecurityEvents.Add(SecurityEvent.Create(
            kind, clock.GetUtcNow().UtcDateTime, userId, email, actor, detail, http.HttpContext?.Connection.RemoteIpAddress?.ToString()));
    }

    public async Task SaveAsync(SecurityEventKind kind, Guid? userId, string? email, string? detail = null)
    {
        Record(kind, userId, email, detail);
        await context.SaveChangesAsync();
    }
}
