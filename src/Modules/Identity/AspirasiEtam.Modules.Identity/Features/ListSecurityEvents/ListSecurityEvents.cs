namespace AspirasiEtam.Modules.Identity.Features.ListSecurityEvents;

/// <summary>The security log, newest first, for super admins: by kind, account, email and period.</summary>
internal sealed record ListSecurityEvents(string? Kind, Guid? UserId, string? Email, DateTime? From, DateTime? To, int Page = 1, int PageSize = 50)
    : IRequest<PagedResult<SecurityEventResponse>>;

internal sealed record SecurityEventResponse(Guid Id, DateTime OccurredAt, string Kind, Guid? UserId, string? Email, Guid? ActorId, string? Detail, string? IpAddress);

internal sealed class ListSecurityEventsValidator : AbstractValidator<ListSecurityEvents>
{
    public ListSecurityEventsValidator()
    {
        RuleFor(q => q.Kind).Must(k => Enum.TryParse<SecurityEventKind>(k, ignoreCase: true, out _)).When(q => !string.IsNullOrEmpty(q.Kind))
            .WithMessage($"Jenis harus salah satu dari / Kind must be one of: {string.Join(", ", Enum.GetNames<SecurityEventKind>())}.");
        RuleFor(q => q.Email).MaximumLength(256);
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null)
            .WithMessage("Tanggal akhir sebelum tanggal awal. / 'to' is before 'from'.");
        RuleFor(q => q.Page).IsPageNumber();
        RuleFor(q => q.PageSize).IsPageSize();
    }
}

internal sealed class ListSecurityEventsHandler(IdentityModuleDbContext context) : IRequestHandler<ListSecurityEvents, PagedResult<SecurityEventResponse>>
{
    public async Task<PagedResult<SecurityEventResponse>> Handle(ListSecurityEvents request, CancellationToken cancellationToken)
    {
        var query = context.SecurityEvents.AsNoTracking();
        if (Enum.TryParse<SecurityEventKind>(request.Kind, ignoreCase: true, out var kind))
        {
            query = query.Where(e => e.Kind == kind);
        }

        if (request.UserId is { } userId)
        {
            query = query.Where(e => e.UserId == userId || e.ActorId == userId);
        }

        if (!string.IsNullOrWhiteSpace(request.Email))
        {
            var email = request.Email.Trim().ToLowerInvariant();
            query = query.Where(e => e.Email != null && e.Email.ToLower() == email);
        }

        if (request.From is { } from)
        {
            query = query.Where(e => e.OccurredAt >= from);
        }

        if (request.To is { } to)
        {
            query = query.Where(e => e.OccurredAt <= to);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id)
            .Skip((request.Page - 1) * request.PageSize).Take(request.PageSize)
            .Select(e => new SecurityEventResponse(e.Id, e.OccurredAt, e.Kind.ToString(), e.UserId, e.Email, e.ActorId, e.Detail, e.IpAddress))
            .ToListAsync(cancellationToken);
        return new PagedResult<SecurityEventResponse>(items, request.Page, request.PageSize, total);
    }
}

internal static class ListSecurityEventsEndpoint
{
    public static void Map(IEndpointRouteBuilder securityEvents) =>
        securityEvents.MapGet("/", async Task<Ok<PagedResult<SecurityEventResponse>>> ([AsParameters] ListSecurityEvents query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("ListSecurityEvents").WithSummary("The security audit log (super admins)").ProducesValidationProblem();
}
