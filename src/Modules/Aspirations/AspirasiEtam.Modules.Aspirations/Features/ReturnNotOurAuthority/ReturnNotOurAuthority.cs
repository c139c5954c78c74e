namespace AspirasiEtam.Modules.Aspirations.Features.ReturnNotOurAuthority;

/// <summary>Not this agency's authority: the report goes back to PPID Utama with the reason, on a new verification clock.</summary>
internal sealed record ReturnNotOurAuthority(Guid Id, string? Reason) : IRequest<StaffSubmission>;

internal sealed class ReturnNotOurAuthorityValidator : AbstractValidator<ReturnNotOurAuthority>
{
    public ReturnNotOurAuthorityValidator() => RuleFor(r => r.Reason).NotEmpty().WithMessage("Sebutkan alasannya. / Give the reason.").MaximumLength(SubmissionLimits.Note);
}

internal sealed class ReturnNotOurAuthorityHandler(StaffSubmissions staff, Deadlines deadlines) : IRequestHandler<ReturnNotOurAuthority, StaffSubmission>
{
    public async Task<StaffSubmission> Handle(ReturnNotOurAuthority request, CancellationToken cancellationToken)
    {
        var submission = await staff.FindAsync(request.Id, cancellationToken);
        submission.ReturnToMainOffice(request.Reason!, deadlines.Now, await deadlines.VerificationDueAsync(), staff.Actor);
        return await staff.SaveAndNotifyAsync(submission, cancellationToken);
    }
}

internal static class ReturnNotOurAuthorityEndpoint
{
    public static void Map(IEndpointRouteBuilder work) =>
        work.MapPost("/not-our-authority", async Task<Ok<StaffSubmission>> (Guid id, TextRequest request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ReturnNotOurAuthority(id, request.Text), ct)))
            .WithName("ReturnNotOurAuthority").WithSummary("Not this agency's authority: back to PPID Utama with the reason")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
