using AspirasiEtam.Modules.Identity.Accounts;
using Microsoft.AspNetCore.Identity;

namespace AspirasiEtam.Modules.Identity.Features.DisableAuthenticator;

/// <summary>Turns two-factor off and forgets the authenticator key; staff must enrol again before they can work.</summary>
internal sealed record DisableAuthenticator : IRequest<Unit>;

internal sealed class DisableAuthenticatorHandler(UserManager<PortalUser> users, ICurrentUser currentUser, SecurityAudit audit, IdentityModuleDbContext context)
    : IRequestHandler<DisableAuthenticator, Unit>
{
    public async Task<Unit> Handle(DisableAuthenticator request, CancellationToken cancellationToken)
    {
        var user = await users.FindSignedInAsync(currentUser);
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        audit.Record(SecurityEventKind.TwoFactorDisabled, user.Id, user.Email);
        await context.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

internal static class DisableAuthenticatorEndpoint
{
    public static void Map(IEndpointRouteBuilder mine) =>
        mine.MapPost("/two-factor/disable", async Task<NoContent> (IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DisableAuthenticator(), ct);
                return TypedResults.NoContent();
            })
            .WithName("DisableAuthenticator").WithSummary("Turn two-factor off (staff must turn it on again to work)");
}
