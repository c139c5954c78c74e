namespace AspirasiEtam.Modules.Aspirations.Features.AssignOfficer;

/// <summary>The agency assigns the follow-up to one of its active officers.</summary>
[Authorize(Policy = Policies.AgencyWork)]
internal sealed record AssignOfficer(Guid Id, Guid OfficerId) : IRequest<StaffSubmission>;

internal sealed class AssignOfficerHandler(AspirationsDbContext context, StaffSubmissions staff, Deadlines deadlines) : IRequestHandler<AssignOfficer, StaffSubmission>
{
    public async Task<StaffSubmission> Handle(AssignOfficer request, CancellationToken cancellationToken)
    {
        var submission = await staff.FindForWorkAsync(request.Id, cancellationToken);
        var officer = await context.StaffMembers.FindAsync([request.OfficerId], cancellationToken);
        if (officer is not { IsActive: true, IsOfficer: true } || submission.AgencyId is not { } agency || !officer.AgencyIds.Contains(agency))
        {
            throw new InvalidFieldException("officerId", "Petugas bukan petugas aktif OPD ini. / The officer is not an active officer of this agency.");
        }

        submission.AssignTo(officer.UserId, officer.FullName, deadlines.Now, staff.Actor);
        await context.SaveChangesAsync(cancellationToken);
        return staff.View(submission, withTimeline: true);
    }
}

internal static class AssignOfficerEndpoint
{
    public static void Map(IEndpointRouteBuilder work) =>
        work.MapStep<AssignRequest>("/assign", (id, assignment) => new AssignOfficer(id, assignment.OfficerId))
            .WithName("AssignOfficer").WithSummary("Assign the follow-up to one of the agency's active officers");
}

internal sealed record AssignRequest(Guid OfficerId);
