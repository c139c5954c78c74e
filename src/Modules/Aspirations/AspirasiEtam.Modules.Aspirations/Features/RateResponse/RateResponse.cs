using AspirasiEtam.Modules.Aspirations.Contracts;
namespace AspirasiEtam.Modules.Aspirations.Features.RateResponse;

/// <summary>The reporter rates the final response, 1 to 5, once.</summary>
internal sealed record RateResponse(string? TrackingCode, int Stars, string? Comment) : IRequest<TrackedSubmission>;

internal sealed class RateResponseValidator : AbstractValidator<RateResponse>
{
    public RateResponseValidator()
    {
        RuleFor(r => r.Stars).InclusiveBetween(1, 5).WithMessage("Nilai 1 sampai 5. / Rate from 1 to 5.");
        RuleFor(r => r.Comment).MaximumLength(SubmissionLimits.Comment);
    }
}

internal sealed class RateResponseHandler(AspirationsDbContext context, TimeProvider clock) : IRequestHandler<RateResponse, TrackedSubmission>
{
    public async Task<TrackedSubmission> Handle(RateResponse request, CancellationToken cancellationToken)
    {
        var submission = await context.Submissions.FindByTrackingCodeAsync(request.TrackingCode, cancellationToken);
        var now = clock.GetUtcNow();
        submission.Rate(request.Stars, request.Comment, now);
        context.Publish(new AspirationRated(submission.Id, submission.AgencyId, request.Stars, now));
        await context.SaveChangesAsync(cancellationToken);
        return await TrackingView.LoadAsync(context, submission.TrackingCode, clock.GetUtcNow(), cancellationToken);
    }
}

internal static class RateResponseEndpoint
{
    public static void Map(IEndpointRouteBuilder open) =>
        open.MapPost("/track/{trackingCode}/rating", async Task<Ok<TrackedSubmission>> (string trackingCode, RatingRequest request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RateResponse(trackingCode, request.Stars, request.Comment), ct)))
            .WithName("RateResponse").WithSummary("The reporter rates the response (1–5, once)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .RequireRateLimiting(RateLimitPolicies.TrackingCode);
}

internal sealed record RatingRequest(int Stars, string? Comment);
