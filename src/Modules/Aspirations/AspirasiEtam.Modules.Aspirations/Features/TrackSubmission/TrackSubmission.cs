using AspirasiEtam.Modules.Aspirations.Caching;

namespace AspirasiEtam.Modules.Aspirations.Features.TrackSubmission;

/// <summary>The holder of a tracking code follows the report: status and public timeline, no personal data.</summary>
internal sealed record TrackSubmission(string? TrackingCode) : IRequest<TrackedSubmission>;

internal sealed class TrackSubmissionHandler(AspirationsDbContext context, TimeProvider clock) : IRequestHandler<TrackSubmission, TrackedSubmission>
{
    public Task<TrackedSubmission> Handle(TrackSubmission request, CancellationToken cancellationToken) =>
        TrackingView.LoadAsync(context, TrackingCode.Normalize(request.TrackingCode), clock.GetUtcNow(), cancellationToken);
}

internal static class TrackSubmissionEndpoint
{
    public static void Map(IEndpointRouteBuilder open) =>
        open.MapGet("/track/{trackingCode}", async Task<Ok<TrackedSubmission>> (string trackingCode, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new TrackSubmission(trackingCode), ct)))
            .WithName("TrackSubmission").WithSummary("Status and public timeline by tracking code (no personal data)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .CachedAsTrackingView()
            .RequireRateLimiting(RateLimitPolicies.TrackingCode);
}
