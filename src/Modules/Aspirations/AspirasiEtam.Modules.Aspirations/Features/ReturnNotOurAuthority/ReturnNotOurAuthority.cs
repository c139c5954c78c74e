using AspirasiEtam.Modules.Aspirations.Contracts;

namespace AspirasiEtam.Modules.Aspirations.Features.ReturnNotOurAuthority;

/// <summary>Not this agency's authority: the report goes back to PPID Utama with the reason, on a new verification clock.</summary>
[Authorize(Policy = Policies.AgencyWork)]
internal sealed record ReturnNotOurAuthority(Guid Id, string? Reason) : IRequest<StaffSubmission>;

internal sealed class ReturnNotOurAuthorityValidator : AbstractValidator<ReturnNotOurAuthority>
{
    public ReturnNotOurAuthorityValidator() => RuleFor(r => r.Reason).NotEmpty().WithMessage("Sebutkan alasannya. / Give the reason.").MaximumLength(SubmissionLimits.Note);
}

internal sealed class ReturnNotOurAuthorityHandler(AspirationsDbContext context, StaffSubmissions staff, Deadlines deadlines) : IRequestHandler<ReturnNotOurAuthority, StaffSubmission>
{
    public async Task<StaffSubmission> Handle(ReturnNotOurAuthority request, CancellationToken cancellationToken)
    {
        var submission = await staff.FindForWorkAsync(request.Id, cancellationToken);
        var (agencyId, now) = (submission.AgencyId!.Value, deadlines.Now);
        submission.ReturnToMainOffice(request.Reason!, now, await deadlines.VerificationDueAsync(), staff.Actor);
        context.Publish(new AspirationReturned(submission.Id, agencyId, now));
        return await staff.SaveAndNotifyAsync(submission, cancellationToken);
    }
}

internal static class ReturnNotOurAuthorityEndpoint
{
    public static void Map(IEndpointRouteBuilder work) =>
        work.MapStep<TextRequest>("/not-our-authority", (id, reason) => new ReturnNotOurAuthority(id, reason.Text))
            .WithName("ReturnNotOurAuthority").WithSummary("Not this agency's authority: back to PPID Utama with the reason");
}
