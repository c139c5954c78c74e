using System.Security.Claims;
using AspirasiEtam.Shared.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace AspirasiEtam.Shared.Security;

/// <summary>Reads <see cref="ICurrentUser"/> from the request's claims (see <see cref="PortalClaims"/>).</summary>
internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal User => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    public bool IsAuthenticated => User.Identity?.IsAuthenticated == true;

    public Guid? UserId => Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public bool IsInRole(string role) => User.IsInRole(role);

    public bool HasProvinceScope =>
        User.IsInRole(Roles.SuperAdmin) || User.IsInRole(Roles.MainOffice)
        || (User.IsInRole(Roles.Supervisor) && User.HasClaim(PortalClaims.ProvinceWide, "true"));

    public IReadOnlySet<Guid> AgencyIds =>
        User.FindAll(PortalClaims.Agency).Select(c => Guid.TryParse(c.Value, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).ToHashSet();
}

public static class CurrentUserRegistration
{
    public static IServiceCollection AddCurrentUser(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        return services;
    }
}
