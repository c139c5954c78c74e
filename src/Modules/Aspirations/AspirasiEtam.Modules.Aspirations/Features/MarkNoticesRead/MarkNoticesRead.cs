namespace AspirasiEtam.Modules.Aspirations.Features.MarkNoticesRead;

/// <summary>The staff member marks their own notices read: those named, or all of them when none are named.</summary>
[Authorize(Policy = Policies.Staff)]
internal sealed record MarkNoticesRead(IReadOnlyList<Guid>? Ids) : IRequest<int>;

internal sealed class MarkNoticesReadValidator : AbstractValidator<MarkNoticesRead>
{
    public MarkNoticesReadValidator() =>
        RuleFor(r => r.Ids).Must(ids => ids is null || ids.Count <= 500).WithMessage("Paling banyak 500 sekaligus. / At most 500 at a time.");
}

internal sealed class MarkNoticesReadHandler(AspirationsDbContext context, ICurrentUser currentUser, TimeProvider clock) : IRequestHandler<MarkNoticesRead, int>
{
    public async Task<int> Handle(MarkNoticesRead request, CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId ?? Guid.Empty;
        var unread = context.StaffNotices.Where(n => n.UserId == userId && n.ReadAt == null);
        if (request.Ids is { Count: > 0 } ids)
        {
            unread = unread.Where(n => ids.Contains(n.Id));
        }

        var notices = await unread.Take(5000).ToListAsync(cancellationToken);
        foreach (var notice in notices)
        {
            notice.MarkRead(clock.GetUtcNow());
        }

        await context.SaveChangesAsync(cancellationToken);
        return notices.Count;
    }
}

internal static class MarkNoticesReadEndpoint
{
    public static void Map(IEndpointRouteBuilder notices) =>
        notices.MapPost("/read", async Task<Ok<MarkedRead>> (MarkReadRequest? request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(new MarkedRead(await mediator.Send(new MarkNoticesRead(request?.Ids), ct))))
            .WithName("MarkNoticesRead").WithSummary("Mark my notices read (the ones named, or all)")
            .ProducesValidationProblem();
}

internal sealed record MarkReadRequest(IReadOnlyList<Guid>? Ids);

internal sealed record MarkedRead(int Marked);
