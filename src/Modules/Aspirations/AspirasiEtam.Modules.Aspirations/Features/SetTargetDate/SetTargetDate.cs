namespace AspirasiEtam.Modules.Aspirations.Features.SetTargetDate;

/// <summary>
/// The agency says by when it will finish work that takes longer than the follow-up clock (a repair of three
/// weeks), and why; the reporter is told and reads both on the tracking page. Until that day the report is not
/// overdue, as in SP4N-LAPOR!. It may be moved again, each time on the record.
/// </summary>
[Authorize(Policy = Policies.AgencyWork)]
internal sealed record SetTargetDate(Guid Id, DateOnly? Date, string? Reason) : IRequest<StaffSubmission>;

internal sealed class SetTargetDateValidator : AbstractValidator<SetTargetDate>
{
    public SetTargetDateValidator()
    {
        RuleFor(r => r.Date).NotNull().WithMessage("Pilih tanggal target. / Choose the target date.");
        RuleFor(r => r.Reason).NotEmpty().WithMessage("Jelaskan kepada pelapor mengapa perlu waktu selama itu. / Tell the reporter why it takes that long.")
            .MaximumLength(SubmissionLimits.Note);
    }
}

internal sealed class SetTargetDateHandler(StaffSubmissions staff, Deadlines deadlines) : IRequestHandler<SetTargetDate, StaffSubmission>
{
    public async Task<StaffSubmission> Handle(SetTargetDate request, CancellationToken cancellationToken)
    {
        var submission = await staff.FindForWorkAsync(request.Id, cancellationToken);
        submission.SetTarget(request.Date!.Value, request.Reason!, deadlines.Now, staff.Actor);
        return await staff.SaveAndNotifyAsync(submission, cancellationToken);
    }
}

internal static class SetTargetDateEndpoint
{
    public static void Map(IEndpointRouteBuilder work) =>
        work.MapStep<TargetRequest>("/target", (id, target) => new SetTargetDate(id, target.Date, target.Reason))
            .WithName("SetTargetDate").WithSummary("The agency's target date for finishing, with the reason the reporter reads; the follow-up deadline until then");
}

internal sealed record TargetRequest(DateOnly? Date, string? Reason);
