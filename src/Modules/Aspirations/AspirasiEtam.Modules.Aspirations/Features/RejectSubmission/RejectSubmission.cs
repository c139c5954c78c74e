using AspirasiEtam.Modules.Aspirations.Contracts;

namespace AspirasiEtam.Modules.Aspirations.Features.RejectSubmission;

/// <summary>PPID Utama rejects a report: not government business, too general, or a duplicate (linked to the original).</summary>
[Authorize(Policy = Policies.Admin)]
internal sealed record RejectSubmission(Guid Id, string? Reason, string? DuplicateOf, string? Note) : IRequest<StaffSubmission>;

internal sealed class RejectSubmissionValidator : AbstractValidator<RejectSubmission>
{
    public RejectSubmissionValidator()
    {
        RuleFor(r => r.Reason).Must(r => Enum.TryParse<RejectionReason>(r, true, out _) && !int.TryParse(r, out _))
            .WithMessage("Alasan: notgovernmentbusiness, toogeneral atau duplicate. / Reason must be notgovernmentbusiness, toogeneral or duplicate.");
        RuleFor(r => r.Note).MaximumLength(SubmissionLimits.Note);
    }
}

internal sealed class RejectSubmissionHandler(AspirationsDbContext context, StaffSubmissions staff, Deadlines deadlines) : IRequestHandler<RejectSubmission, StaffSubmission>
{
    public async Task<StaffSubmission> Handle(RejectSubmission request, CancellationToken cancellationToken)
    {
        var submission = await staff.FindForWorkAsync(request.Id, cancellationToken);
        Guid? original = null;
        if (!string.IsNullOrWhiteSpace(request.DuplicateOf))
        {
            var number = ReportNumber.Normalize(request.DuplicateOf);
            original = await context.Submissions.Where(s => s.ReportNumber == number && s.Id != submission.Id).Select(s => (Guid?)s.Id).FirstOrDefaultAsync(cancellationToken)
                ?? throw new InvalidFieldException("duplicateOf", "Nomor laporan asli tidak ditemukan. / The original's report number was not found.");
        }

        submission.Reject(Enum.Parse<RejectionReason>(request.Reason!, true), original, request.Note, deadlines.Now, staff.Actor);
        context.Publish(new AspirationClosed(submission.Id, null, "rejected", deadlines.Now));
        return await staff.SaveAndNotifyAsync(submission, cancellationToken);
    }
}

internal static class RejectSubmissionEndpoint
{
    public static void Map(IEndpointRouteBuilder admin) =>
        admin.MapStep<RejectRequest>("/{id:guid}/reject", (id, rejection) => new RejectSubmission(id, rejection.Reason, rejection.DuplicateOf, rejection.Note))
            .WithName("RejectAspiration").WithSummary("Reject: not government business, too general, or a duplicate (linked to the original)");
}

internal sealed record RejectRequest(string? Reason, string? DuplicateOf, string? Note);
