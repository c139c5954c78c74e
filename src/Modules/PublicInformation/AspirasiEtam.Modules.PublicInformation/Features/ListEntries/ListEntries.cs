namespace AspirasiEtam.Modules.PublicInformation.Features.ListEntries;

/// <summary>The register entries in the caller's scope, newest change first: an agency's officers see their agencies', PPID Utama all.</summary>
[Authorize(Policy = Policies.Staff)]
internal sealed record ListEntries(Guid? AgencyId, string? Status, string? Search, int Page = 1, int PageSize = PagingRules.DefaultPageSize)
    : IRequest<PagedResult<StaffEntryRow>>;

internal sealed record StaffEntryRow(Guid Id, Guid AgencyId, string Number, string Title, string Category, string Status, int Year, DateTime UpdatedAt);

internal sealed class ListEntriesValidator : AbstractValidator<ListEntries>
{
    public ListEntriesValidator()
    {
        RuleFor(r => r.Status).Must(s => s is null || Enum.TryParse<EntryStatus>(s, ignoreCase: true, out _))
            .WithMessage("Status: Draft, Published, Exempt atau Withdrawn. / Status is Draft, Published, Exempt or Withdrawn.");
        RuleFor(r => r.Search).MaximumLength(100);
        RuleFor(r => r.Page).IsPageNumber();
        RuleFor(r => r.PageSize).IsPageSize();
    }
}

internal sealed class ListEntriesHandler(StaffEntries staff) : IRequestHandler<ListEntries, PagedResult<StaffEntryRow>>
{
    public async Task<PagedResult<StaffEntryRow>> Handle(ListEntries request, CancellationToken cancellationToken)
    {
        var query = staff.Readable.AsNoTracking();
        if (request.AgencyId is { } agencyId)
        {
            query = query.Where(e => e.AgencyId == agencyId);
        }

        if (Enum.TryParse<EntryStatus>(request.Status, ignoreCase: true, out var status))
        {
            query = query.Where(e => e.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var text = request.Search.Trim();
            query = query.Where(e => e.Title.Contains(text) || e.Number.Contains(text));
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(e => e.UpdatedAt).ThenBy(e => e.Id)
            .Skip((request.Page - 1) * request.PageSize).Take(request.PageSize)
            .Select(e => new { e.Id, e.AgencyId, e.Number, e.Title, e.Category, e.Status, e.Year, e.UpdatedAt })
            .ToListAsync(cancellationToken);
        return new PagedResult<StaffEntryRow>(
            [.. rows.Select(r => new StaffEntryRow(r.Id, r.AgencyId, r.Number, r.Title, r.Category.Code(), r.Status.ToString(), r.Year, r.UpdatedAt))],
            request.Page, request.PageSize, total);
    }
}

internal static class ListEntriesEndpoint
{
    public static void Map(IEndpointRouteBuilder staff) =>
        staff.MapGet("/", async Task<Ok<PagedResult<StaffEntryRow>>> ([AsParameters] ListEntries query, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(query, cancellationToken)))
            .WithName("ListRegisterEntries")
            .WithSummary("Register entries in the caller's scope (drafts, published, exempt, withdrawn)")
            .ProducesValidationProblem();
}
