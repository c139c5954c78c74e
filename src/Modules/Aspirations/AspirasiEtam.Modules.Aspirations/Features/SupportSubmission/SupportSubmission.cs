namespace AspirasiEtam.Modules.Aspirations.Features.SupportSubmission;

/// <summary>A signed-in citizen supports (dukung) a public report, once; the answer is the new count.</summary>
[Authorize(Policy = Policies.Citizen)]
internal sealed record SupportSubmission(Guid SubmissionId) : IRequest<int>;

internal sealed class SupportSubmissionHandler(AspirationsDbContext context, ICurrentUser currentUser, TimeProvider clock) : IRequestHandler<SupportSubmission, int>
{
    public async Task<int> Handle(SupportSubmission request, CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId ?? throw new ForbiddenException("Sign in to support. / Masuk untuk mendukung.");
        var submission = await context.Submissions.Public().FirstOrDefaultAsync(s => s.Id == request.SubmissionId, cancellationToken)
            ?? throw new NotFoundException("No public report has this id. / Laporan tidak ditemukan.");
        if (await context.Supports.AnyAsync(s => s.SubmissionId == submission.Id && s.UserId == userId, cancellationToken))
        {
            throw new ConflictException("You already support this report. / Anda sudah mendukung laporan ini.");
        }

        context.Supports.Add(new SubmissionSupport(submission.Id, userId, clock.GetUtcNow().UtcDateTime));
        submission.CountSupport();
        await context.SaveChangesAsync(cancellationToken);
        return submission.SupportCount;
    }
}

internal static class SupportSubmissionEndpoint
{
    public static void Map(IEndpointRouteBuilder citizens) =>
        citizens.MapPost("/{id:guid}/support", async Task<Ok<SupportResponse>> (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(new SupportResponse(await mediator.Send(new SupportSubmission(id), ct))))
            .WithName("SupportAspiration").WithSummary("A signed-in citizen supports (dukung) a public submission, once")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}

internal sealed record SupportResponse(int SupportCount);
