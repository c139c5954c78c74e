using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace AspirasiEtam.Shared.Web;

public static class CommandEndpoints
{
    /// <summary>A request posted as the body that answers nothing: 204 on success, 400 with field errors otherwise.</summary>
    public static RouteHandlerBuilder MapCommand<TRequest>(this IEndpointRouteBuilder group, string pattern)
        where TRequest : IRequest<Unit> =>
        group.MapPost(pattern, async Task<NoContent> (TRequest request, IMediator mediator, CancellationToken cancellationToken) =>
            {
                await mediator.Send(request, cancellationToken);
                return TypedResults.NoContent();
            })
            .ProducesValidationProblem();
}
