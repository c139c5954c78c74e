using System.Reflection;
using AspirasiEtam.Shared.Domain;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace AspirasiEtam.Shared.Mediation;

/// <summary>
/// A request names who may send it with <c>[Authorize(Policy = …)]</c> on its record; this behaviour checks that
/// policy for the current user before validation and the handler run. So an action has one rule, whether it is
/// reached through the API (whose route group checks the same policy first) or through a page's form.
/// </summary>
internal sealed class AuthorizationBehavior<TRequest, TResponse>(IHttpContextAccessor http)
    : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly string[] Policies =
        [.. typeof(TRequest).GetCustomAttributes<AuthorizeAttribute>().Select(a => a.Policy).OfType<string>()];

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        // The authorization service is resolved only for a request that names a policy: intake, the feed and the
        // tracking view name none and stay off that work.
        if (Policies.Length > 0)
        {
            var context = http.HttpContext;
            var authorization = context?.RequestServices.GetRequiredService<IAuthorizationService>();
            foreach (var policy in Policies)
            {
                if (context is null || !(await authorization!.AuthorizeAsync(context.User, policy)).Succeeded)
                {
                    throw new ForbiddenException("You may not do this. / Anda tidak berwenang melakukan ini.");
                }
            }
        }

        return await next();
    }
}
