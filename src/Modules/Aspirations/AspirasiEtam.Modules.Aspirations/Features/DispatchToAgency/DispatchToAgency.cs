using AspirasiEtam.Modules.Aspirations.Contracts;
using AspirasiEtam.Modules.Aspirations.Notifications;

namespace AspirasiEtam.Modules.Aspirations.Features.DispatchToAgency;

/// <summary>
/// PPID Utama verifies reports and dispatches them to one agency, all or none; the follow-up clock starts and a report
/// that is not confidential goes public — with the public title and description, when PPID Utama redacted them.
/// </summary>
[Authorize(Policy = Policies.Admin)]
internal sealed record DispatchToAgency(IReadOnlyList<Guid> SubmissionIds, Guid AgencyId, string? PublicTitle = null, string? PublicDescription = null)
    : IRequest<IReadOnlyList<StaffSubmission>>;

internal sealed class DispatchToAgencyValidator : AbstractValidator<DispatchToAgency>
{
    public DispatchToAgencyValidator()
    {
        RuleFor(r => r.SubmissionIds).NotEmpty().Must(ids => ids.Count <= 100).WithMessage("1 sampai 100 laporan sekaligus. / 1 to 100 submissions at a time.");
        RuleFor(r => r.PublicTitle).MaximumLength(SubmissionLimits.Title);
        RuleFor(r => r.PublicDescription).MaximumLength(SubmissionLimits.Description);
    }
}

internal sealed class DispatchToAgencyHandler(AspirationsDbContext context, StaffSubmissions staff, Deadlines deadlines, ReporterNotifier notifier, StaffNotifier officers)
    : IRequestHandler<DispatchToAgency, IReadOnlyList<StaffSubmission>>
{
    public async Task<IReadOnlyList<StaffSubmission>> Handle(DispatchToAgency request, CancellationToken cancellationToken)
    {
        var agency = await context.DispatchAgencies.AsNoTracking().FirstOrDefaultAsync(a => a.Id == request.AgencyId && a.IsActive, cancellationToken)
            ?? throw new InvalidFieldException("agencyId", "OPD tidak dikenal atau nonaktif. / Unknown or inactive agency.");
        var ids = request.SubmissionIds.Distinct().ToList();
        var submissions = await staff.InWorkScope(context.Submissions).Where(s => ids.Contains(s.Id)).ToListAsync(cancellationToken);
        if (submissions.Count != ids.Count)
        {
            throw new NotFoundException("One or more submissions do not exist. / Satu atau lebih laporan tidak ditemukan.");
        }

        var due = await deadlines.FollowUpDueAsync();
        foreach (var submission in submissions)
        {
            if (request.PublicTitle is not null || request.PublicDescription is not null)
            {
                submission.RedactPublicText(request.PublicTitle, request.PublicDescription, deadlines.Now, staff.Actor);
            }

            submission.Dispatch(agency.Id, agency.Name, deadlines.Now, due, staff.Actor);
            context.Publish(new AspirationDispatched(submission.Id, agency.Id, due, deadlines.Now));
            notifier.StatusChanged(context, submission, deadlines.Now);
        }

        // The agency's officers hear of it with the dispatch: one notice per report, one mail per officer.
        await officers.NotifyAsync(context, submissions, StaffNoticeKind.Dispatched, deadlines.Now, cancellationToken);
        await context.SaveChangesAsync(cancellationToken);

        return submissions.Select(s => staff.View(s, withTimeline: false)).ToList();
    }
}

internal static class DispatchToAgencyEndpoint
{
    public static void Map(IEndpointRouteBuilder admin)
    {
        admin.MapPost("/{id:guid}/dispatch", async Task<Ok<StaffSubmission>> (Guid id, DispatchRequest request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok((await mediator.Send(new DispatchToAgency([id], request.AgencyId, request.PublicTitle, request.PublicDescription), ct))[0]))
            .WithName("DispatchAspiration").WithSummary("Verify and dispatch a submission to an agency")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        admin.MapPost("/dispatch", async Task<Ok<IReadOnlyList<StaffSubmission>>> (BulkDispatchRequest request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new DispatchToAgency(request.SubmissionIds ?? [], request.AgencyId), ct)))
            .WithName("DispatchAspirations").WithSummary("Dispatch several submissions to one agency at once (all or none)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }
}

internal sealed record DispatchRequest(Guid AgencyId, string? PublicTitle, string? PublicDescription);

internal sealed record BulkDispatchRequest(IReadOnlyList<Guid>? SubmissionIds, Guid AgencyId);
