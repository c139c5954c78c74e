using AspirasiEtam.Shared.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace AspirasiEtam.Shared.Security;

/// <summary>
/// For routes with an <c>{agencyId}</c> (an agency's own work: templates, contact details): an agency outside the
/// caller's work scope (<see cref="ICurrentUser.CanWorkFor"/>) is answered 404 before anything else
/// (validation included), so another agency's routes reveal nothing. Handlers still scope their queries.
/// </summary>
public static class AgencyScopeFilter
{
    public static TBuilder RequireAgencyScope<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (http.Request.RouteValues.TryGetValue("agencyId", out var value)
                && Guid.TryParse(value?.ToString(), out var agencyId)
                && !http.RequestServices.GetRequiredService<ICurrentUser>().CanWorkFor(agencyId))
            {
                return TypedResults.Problem(
                    detail: $"No agency {agencyId} in your scope. / OPD {agencyId} tidak ada dalam cakupan Anda.",
                    statusCode: StatusCodes.Status404NotFound,
                    title: "Not found.");
            }

            return await next(context);
        });
}
