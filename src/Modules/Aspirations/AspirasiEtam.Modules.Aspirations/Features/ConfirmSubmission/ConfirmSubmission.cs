using AspirasiEtam.Modules.Aspirations.Notifications;
using AspirasiEtam.Modules.Aspirations.Features.SubmitAspiration;

namespace AspirasiEtam.Modules.Aspirations.Features.ConfirmSubmission;

/// <summary>The guest opened the link in the confirmation email: the report now goes to PPID Utama.</summary>
internal sealed record ConfirmSubmission(string? TrackingCode, string? Token) : IRequest<SubmitAspirationResult>;

internal sealed class ConfirmSubmissionHandler(AspirationsDbContext context, Deadlines deadlines, ReporterNotifier notifier)
    : IRequestHandler<ConfirmSubmission, SubmitAspirationResult>
{
    public async Task<SubmitAspirationResult> Handle(ConfirmSubmission request, CancellationToken cancellationToken)
    {
        var submission = await context.Submissions.FindByTrackingCodeAsync(request.TrackingCode, cancellationToken);
        submission.ConfirmEmail(request.Token ?? string.Empty, deadlines.Now, await deadlines.VerificationDueAsync());
        context.Publish(AspirationEvents.Submitted(submission, deadlines.Now));
        notifier.StatusChanged(context, submission, deadlines.Now);
        await context.SaveChangesAsync(cancellationToken);
        return new SubmitAspirationResult(submission.TrackingCode, submission.Status.ToString(), false);
    }
}

internal static class ConfirmSubmissionEndpoint
{
    public static void Map(IEndpointRouteBuilder open) =>
        open.MapPost("/confirm", async Task<Ok<SubmitAspirationResult>> (ConfirmSubmission request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(request, ct)))
            .WithName("ConfirmSubmission").WithSummary("Confirm a guest's submission with the token from the email")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .RequireRateLimiting(RateLimitPolicies.TrackingCode);
}
