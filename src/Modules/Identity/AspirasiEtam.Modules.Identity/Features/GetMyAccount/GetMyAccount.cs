using Microsoft.AspNetCore.Identity;

namespace AspirasiEtam.Modules.Identity.Features.GetMyAccount;

/// <summary>The signed-in user's own account, NIK included (it is theirs).</summary>
internal sealed record GetMyAccount : IRequest<MyAccountResponse>;

internal sealed record MyAccountResponse(
    Guid Id,
    string Email,
    string FullName,
    string? Nik,
    IReadOnlyList<string> Roles,
    IReadOnlyList<AgencyScope> Agencies,
    bool ProvinceWide,
    bool TwoFactorEnabled);

internal sealed class GetMyAccountHandler(UserManager<PortalUser> users, IdentityModuleDbContext context, ICurrentUser currentUser)
    : IRequestHandler<GetMyAccount, MyAccountResponse>
{
    public async Task<MyAccountResponse> Handle(GetMyAccount request, CancellationToken cancellationToken)
    {
        var user = await users.FindSignedInAsync(currentUser);
        var agencies = await AgencyScope.OfAsync(context, user.Id, cancellationToken);
        return new MyAccountResponse(user.Id, user.Email!, user.FullName, user.Nik, [.. await users.GetRolesAsync(user)], agencies, user.ProvinceWide, user.TwoFactorEnabled);
    }
}

internal static class GetMyAccountEndpoint
{
    public static void Map(IEndpointRouteBuilder mine) =>
        mine.MapGet("/me", async Task<Ok<MyAccountResponse>> (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetMyAccount(), ct)))
            .WithName("GetMyAccount").WithSummary("The signed-in user's account");
}
