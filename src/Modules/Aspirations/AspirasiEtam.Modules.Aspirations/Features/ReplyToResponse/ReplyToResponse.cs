using AspirasiEtam.Modules.Aspirations.Contracts;
using AspirasiEtam.Modules.Aspirations.Features.ReturnFromInactiveAgency;
using AspirasiEtam.Modules.Aspirations.Notifications;

namespace AspirasiEtam.Modules.Aspirations.Features.ReplyToResponse;

/// <summary>The reporter answers the agency's response within the reply window; reopen sends it back to the agency.</summary>
internal sealed record ReplyToResponse(string? TrackingCode, string? Text, bool Reopen) : IRequest<TrackedSubmission>;

internal sealed class ReplyToResponseValidator : AbstractValidator<ReplyToResponse>
{
    public ReplyToResponseValidator() =>
        RuleFor(r => r.Text).NotEmpty().WithMessage("Tulis tanggapan Anda. / Write your reply.").MaximumLength(SubmissionLimits.Note);
}

internal sealed class ReplyToResponseHandler(
    AspirationsDbContext context, Deadlines deadlines, ReporterNotifier notifier, StaffNotifier officers, InactiveAgencyReports orphans)
    : IRequestHandler<ReplyToResponse, TrackedSubmission>
{
    public async Task<TrackedSubmission> Handle(ReplyToResponse request, CancellationToken cancellationToken)
    {
        var submission = await context.Submissions.FindByTrackingCodeAsync(request.TrackingCode, cancellationToken);
        // One moment for the step and its event: a replay rebuilds the event from the timeline entry's time.
        var now = deadlines.Now;
        var followUpDue = await deadlines.FollowUpDueAsync();
        submission.Reply(request.Text!, request.Reopen, now, followUpDue);
        if (request.Reopen)
        {
            // Counted against the agency whose answer did not settle it, wherever the report goes next.
            context.Publish(new AspirationReopened(submission.Id, submission.AgencyId, now, followUpDue));
            // Reopened after its agency left the directory: straight back to PPID Utama rather than to nobody.
            if (await context.DispatchAgencies.FirstOrDefaultAsync(a => a.Id == submission.AgencyId && !a.IsActive, cancellationToken) is { } gone)
            {
                orphans.Return(submission, gone, await deadlines.VerificationDueAsync());
                return await SaveAndViewAsync(submission, cancellationToken);
            }

            notifier.StatusChanged(context, submission, deadlines.Now);
        }

        await officers.NotifyAsync(context, [submission], request.Reopen ? StaffNoticeKind.Reopened : StaffNoticeKind.ReporterReplied, deadlines.Now, cancellationToken);
        return await SaveAndViewAsync(submission, cancellationToken);
    }

    private async Task<TrackedSubmission> SaveAndViewAsync(Submission submission, CancellationToken cancellationToken)
    {
        await context.SaveChangesAsync(cancellationToken);
        return await TrackingView.LoadAsync(context, submission.TrackingCode, deadlines.Now, cancellationToken);
    }
}

internal static class ReplyToResponseEndpoint
{
    public static void Map(IEndpointRouteBuilder open) =>
        open.MapPost("/track/{trackingCode}/reply", async Task<Ok<TrackedSubmission>> (string trackingCode, ReplyRequest request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ReplyToResponse(trackingCode, request.Text, request.Reopen), ct)))
            .WithName("ReplyToResponse").WithSummary("The reporter replies to the response, or reopens it, within the reply window")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .RequireRateLimiting(RateLimitPolicies.TrackingCode);
}

internal sealed record ReplyRequest(string? Text, bool Reopen);
