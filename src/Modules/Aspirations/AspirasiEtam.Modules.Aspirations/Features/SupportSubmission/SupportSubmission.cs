using AspirasiEtam.Shared.Persistence;

namespace AspirasiEtam.Modules.Aspirations.Features.SupportSubmission;

/// <summary>A signed-in citizen supports (dukung) a public report, once; the answer is the new count.</summary>
[Authorize(Policy = Policies.Citizen)]
internal sealed record SupportSubmission(Guid SubmissionId) : IRequest<int>;

/// <remarks>
/// The support row and the count change in one transaction, and the count is raised by the database
/// (<c>SupportCount = SupportCount + 1</c>), not written from memory: concurrent supports all count, and a duplicate
/// fails on the support's key and takes its increment with it. The report's row version is left alone, so supports
/// never make a staff step fail.
/// </remarks>
internal sealed class SupportSubmissionHandler(AspirationsDbContext context, ICurrentUser currentUser, TimeProvider clock) : IRequestHandler<SupportSubmission, int>
{
    public async Task<int> Handle(SupportSubmission request, CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId ?? throw new ForbiddenException("Sign in to support. / Masuk untuk mendukung.");
        if (!await context.Submissions.Public().AnyAsync(s => s.Id == request.SubmissionId, cancellationToken))
        {
            throw new NotFoundException("No public report has this id. / Laporan tidak ditemukan.");
        }

        await using (var transaction = await context.Database.BeginTransactionAsync(cancellationToken))
        {
            context.Supports.Add(new SubmissionSupport(request.SubmissionId, userId, clock.GetUtcNow().UtcDateTime));
            try
            {
                await context.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException ex) when (SaveConflicts.IsDuplicateKey(ex))
            {
                throw new ConflictException("You already support this report. / Anda sudah mendukung laporan ini.");
            }

            await context.Submissions.Where(s => s.Id == request.SubmissionId)
                .ExecuteUpdateAsync(set => set.SetProperty(s => s.SupportCount, s => s.SupportCount + 1), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return await context.Submissions.Where(s => s.Id == request.SubmissionId).Select(s => s.SupportCount).SingleAsync(cancellationToken);
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
