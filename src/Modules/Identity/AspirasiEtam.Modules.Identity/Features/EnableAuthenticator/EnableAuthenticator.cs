using AspirasiEtam.Modules.Identity.Accounts;
using Microsoft.AspNetCore.Identity;

namespace AspirasiEtam.Modules.Identity.Features.EnableAuthenticator;

/// <summary>Turns two-factor on after the user proved the app works with one code; returns recovery codes, shown once.</summary>
internal sealed record EnableAuthenticator(string? Code) : IRequest<IReadOnlyList<string>>;

internal sealed record EnableAuthenticatorRequest(string? Code);

internal sealed record RecoveryCodesResponse(IReadOnlyList<string> RecoveryCodes);

internal sealed class EnableAuthenticatorHandler(UserManager<PortalUser> users, ICurrentUser currentUser, SecurityAudit audit, IdentityModuleDbContext context)
    : IRequestHandler<EnableAuthenticator, IReadOnlyList<string>>
{
    public async Task<IReadOnlyList<string>> Handle(EnableAuthenticator request, CancellationToken cancellationToken)
    {
        var user = await users.FindSignedInAsync(currentUser);
        var code = OneTimeAuthenticatorCodes.Normalize(request.Code);
        if (string.IsNullOrEmpty(await users.GetAuthenticatorKeyAsync(user))
            || !await users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, code))
        {
            throw new InvalidFieldException("code", "Kode tidak cocok atau sudah dipakai. Periksa jam ponsel Anda dan coba kode berikutnya. / The code does not match or was already used; check your phone's clock and try the next code.");
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var recoveryCodes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10);
        audit.Record(SecurityEventKind.TwoFactorEnabled, user.Id, user.Email);
        await context.SaveChangesAsync(cancellationToken);
        return [.. recoveryCodes!];
    }
}

internal static class EnableAuthenticatorEndpoint
{
    public static void Map(IEndpointRouteBuilder mine) =>
        mine.MapPost("/two-factor/enable", async Task<Ok<RecoveryCodesResponse>> (EnableAuthenticatorRequest request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(new RecoveryCodesResponse(await mediator.Send(new EnableAuthenticator(request.Code), ct))))
            .WithName("EnableAuthenticator").WithSummary("Turn two-factor on with a code from the app; returns recovery codes once. It renews the security stamp: other sessions and this API token end, sign in again with a code").ProducesValidationProblem();
}
