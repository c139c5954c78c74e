using AspirasiEtam.Modules.Aspirations.Contracts;

namespace AspirasiEtam.Modules.Aspirations.Features.RespondToReporter;

/// <summary>The agency's final response to the reporter; it opens the reporter's reply window.</summary>
[Authorize(Policy = Policies.AgencyWork)]
internal sealed record RespondToReporter(Guid Id, string? Text) : IRequest<StaffSubmission>;

internal sealed class RespondToReporterValidator : AbstractValidator<RespondToReporter>
{
    public RespondToReporterValidator() => RuleFor(r => r.Text).NotEmpty().WithMessage("Tulis jawabannya. / Write the response.").MaximumLength(SubmissionLimits.Description);
}

internal sealed class RespondToReporterHandler(AspirationsDbContext context, StaffSubmissions staff, Deadlines deadlines) : IRequestHandler<RespondToReporter, StaffSubmission>
{
    public async Task<StaffSubmission> Handle(RespondToReporter request, CancellationToken cancellationToken)
    {
        var submission = await staff.FindForWorkAsync(request.Id, cancellationToken);
        var workingDays = submission.DueFrom is { } clockStarted ? await deadlines.WorkingDaysSinceAsync(clockStarted) : 0;
        submission.Respond(request.Text!, deadlines.Now, await deadlines.ReplyWindowEndAsync(), staff.Actor);
        context.Publish(new AspirationResponded(submission.Id, submission.AgencyId!.Value, deadlines.Now, submission.RespondedOnTime ?? true, workingDays));
        return await staff.SaveAndNotifyAsync(submission, cancellationToken);
    }
}

internal static class RespondToReporterEndpoint
{
    public static void Map(IEndpointRouteBuilder work) =>
        work.MapStep<TextRequest>("/respond", (id, response) => new RespondToReporter(id, response.Text))
            .WithName("RespondToAspiration").WithSummary("The agency's final response; opens the reporter's reply window");
}
