namespace AspirasiEtam.Modules.Aspirations.Features.RedactPublicText;

/// <summary>
/// PPID Utama sets the title and description the public sees, with names, addresses or numbers people typed into the
/// report removed; empty keeps the reporter's text. The original stays for the reporter and the staff.
/// </summary>
[Authorize(Policy = Policies.Admin)]
internal sealed record RedactPublicText(Guid Id, string? PublicTitle, string? PublicDescription) : IRequest<StaffSubmission>;

internal sealed class RedactPublicTextValidator : AbstractValidator<RedactPublicText>
{
    public RedactPublicTextValidator()
    {
        RuleFor(r => r.PublicTitle).MaximumLength(SubmissionLimits.Title);
        RuleFor(r => r.PublicDescription).MaximumLength(SubmissionLimits.Description);
    }
}

internal sealed class RedactPublicTextHandler(StaffSubmissions staff, TimeProvider clock) : IRequestHandler<RedactPublicText, StaffSubmission>
{
    public async Task<StaffSubmission> Handle(RedactPublicText request, CancellationToken cancellationToken)
    {
        var submission = await staff.FindForWorkAsync(request.Id, cancellationToken);
        submission.RedactPublicText(request.PublicTitle, request.PublicDescription, clock.GetUtcNow(), staff.Actor);
        return await staff.SaveAsync(submission, cancellationToken);
    }
}

internal static class RedactPublicTextEndpoint
{
    public static void Map(IEndpointRouteBuilder admin) =>
        admin.MapStep<PublicTextRequest>("/{id:guid}/public-text", (id, text) => new RedactPublicText(id, text.PublicTitle, text.PublicDescription))
            .WithName("RedactPublicText").WithSummary("Set the title and description the public feed shows (names typed into the report removed)");
}

internal sealed record PublicTextRequest(string? PublicTitle, string? PublicDescription);
