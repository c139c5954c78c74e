namespace AspirasiEtam.Modules.Aspirations.Features.ListInbox;

/// <summary>Whose inbox: PPID Utama's (every agency; new reports unless a status is asked for) or an agency's.</summary>
internal enum Inbox
{
    MainOffice,
    Agency,
}

/// <summary>
/// A page of the reports in the caller's scope, newest first, with keyset paging (the cursor is the last item's
/// creation time and id). <see cref="Overdue"/> gives the supervisors' view.
/// </summary>
[Authorize(Policy = Policies.Staff)]
internal sealed record ListInbox : IRequest<StaffPage>
{
    public Inbox Inbox { get; init; }

    public Guid? AgencyId { get; init; }

    public string? Status { get; init; }

    public string? Category { get; init; }

    public string? Search { get; init; }

    public bool? Overdue { get; init; }

    public bool AssignedToMe { get; init; }

    /// <summary>The order: newest received first (the default), oldest first, or the earliest deadline first.</summary>
    public string? Sort { get; init; }

    public InboxSort Order => Enum.TryParse<InboxSort>(Sort, ignoreCase: true, out var order) ? order : InboxSort.Newest;

    /// <summary>The cursor: the sort key (received time, or due time with <see cref="InboxSort.Due"/>) of the last row of the page before.</summary>
    public DateTime? Before { get; init; }

    public Guid? BeforeId { get; init; }

    public int PageSize { get; init; } = PagingRules.DefaultPageSize;
}

internal enum InboxSort
{
    Newest,
    Oldest,

    /// <summary>The earliest deadline first; only reports with a running clock (a due time) are listed.</summary>
    Due,
}

internal sealed record StaffPage(IReadOnlyList<StaffSubmission> Items, DateTime? NextBefore, Guid? NextBeforeId);

internal sealed class ListInboxValidator : AbstractValidator<ListInbox>
{
    public ListInboxValidator()
    {
        RuleFor(q => q.Status).Must(s => Enum.TryParse<SubmissionStatus>(s, true, out _) && !int.TryParse(s, out _)).When(q => !string.IsNullOrEmpty(q.Status))
            .WithMessage($"Status tidak dikenal. / Status must be one of: {string.Join(", ", Enum.GetNames<SubmissionStatus>())}.");
        RuleFor(q => q.Search).MaximumLength(100);
        RuleFor(q => q.Sort).Must(s => Enum.TryParse<InboxSort>(s, true, out _) && !int.TryParse(s, out _)).When(q => !string.IsNullOrEmpty(q.Sort)).WithMessage("Urutan: newest, oldest atau due. / Sort must be newest, oldest or due.");
        RuleFor(q => q.PageSize).IsPageSize();
    }
}

internal sealed class ListInboxHandler(AspirationsDbContext context, ICurrentUser currentUser, StaffSubmissions staff, Deadlines deadlines)
    : IRequestHandler<ListInbox, StaffPage>
{
    // PPID Utama's inbox — every agency, one status, newest first — is the staff list read most, so its two shapes
    // (first page, page after a cursor) are compiled once, like the public feed's; other filters compose LINQ. The
    // scope needs no filter there: only province-wide staff take this path.
    private static readonly Func<AspirationsDbContext, SubmissionStatus, int, IAsyncEnumerable<StaffRow>> ByStatus = EF.CompileAsyncQuery(
        (AspirationsDbContext db, SubmissionStatus status, int take) => db.Submissions.AsNoTracking()
            .Where(s => s.Status == status)
            .OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id).Take(take).Select(StaffRow.Of));

    private static readonly Func<AspirationsDbContext, SubmissionStatus, DateTime, Guid, int, IAsyncEnumerable<StaffRow>> ByStatusBefore = EF.CompileAsyncQuery(
        (AspirationsDbContext db, SubmissionStatus status, DateTime before, Guid beforeId, int take) => db.Submissions.AsNoTracking()
            .Where(s => s.Status == status && (s.CreatedAt < before || (s.CreatedAt == before && s.Id.CompareTo(beforeId) < 0)))
            .OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id).Take(take).Select(StaffRow.Of));

    public async Task<StaffPage> Handle(ListInbox request, CancellationToken cancellationToken)
    {
        SubmissionStatus? status = Enum.TryParse<SubmissionStatus>(request.Status, true, out var parsed) ? parsed
            : request.Inbox == Inbox.MainOffice ? SubmissionStatus.Submitted
            : null;
        var onlyByStatus = status is not null && request.Order == InboxSort.Newest && currentUser.HasProvinceScope && request.AgencyId is null && string.IsNullOrEmpty(request.Category)
            && string.IsNullOrWhiteSpace(request.Search) && request.Overdue != true && !request.AssignedToMe;
        var rows = !onlyByStatus ? Filtered(request, status)
            : request.Before is { } before && request.BeforeId is { } beforeId ? ByStatusBefore(context, status!.Value, before, beforeId, request.PageSize)
            : ByStatus(context, status!.Value, request.PageSize);

        var page = await rows.ToListAsync(cancellationToken);
        var last = page.Count == request.PageSize ? page[^1] : null;
        return new StaffPage(page.ConvertAll(r => staff.View(r, null, null)), request.Order == InboxSort.Due ? last?.DueAt : last?.CreatedAt, last?.Id);
    }

    private IAsyncEnumerable<StaffRow> Filtered(ListInbox request, SubmissionStatus? status)
    {
        var query = staff.InScope(context.Submissions.AsNoTracking());
        if (status is { } only)
        {
            query = query.Where(s => s.Status == only);
        }

        if (request.AgencyId is { } agencyId)
        {
            query = query.Where(s => s.AgencyId == agencyId);
        }

        if (!string.IsNullOrEmpty(request.Category))
        {
            query = query.Where(s => s.CategoryCode == request.Category);
        }

        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            // By report number, by title, or by a tracking code the reporter read out (found, never shown).
            var text = request.Search.Trim();
            var number = ReportNumber.Normalize(text);
            var code = TrackingCode.Normalize(text);
            query = query.Where(s => s.ReportNumber == number || s.TrackingCode == code || s.Title.Contains(text));
        }

        if (request.Overdue == true)
        {
            var now = deadlines.Now.UtcDateTime;
            query = query.Where(s => (s.Status == SubmissionStatus.Submitted || s.Status == SubmissionStatus.Dispatched) && s.DueAt < now);
        }

        if (request.AssignedToMe)
        {
            var me = staff.Actor;
            query = query.Where(s => s.AssignedOfficerId == me);
        }

        var cursor = request.Before is { } before && request.BeforeId is { } beforeId ? (before, beforeId) : ((DateTime, Guid)?)null;
        var ordered = request.Order switch
        {
            InboxSort.Oldest => (cursor is (var at, var id) ? query.Where(s => s.CreatedAt > at || (s.CreatedAt == at && s.Id.CompareTo(id) > 0)) : query)
                .OrderBy(s => s.CreatedAt).ThenBy(s => s.Id),
            InboxSort.Due => (cursor is (var due, var id) ? query.Where(s => s.DueAt > due || (s.DueAt == due && s.Id.CompareTo(id) > 0)) : query.Where(s => s.DueAt != null))
                .OrderBy(s => s.DueAt).ThenBy(s => s.Id),
            _ => (cursor is (var at, var id) ? query.Where(s => s.CreatedAt < at || (s.CreatedAt == at && s.Id.CompareTo(id) < 0)) : query)
                .OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id),
        };
        return ordered.Take(request.PageSize).Select(StaffRow.Of).AsAsyncEnumerable();
    }
}

internal static class ListInboxEndpoint
{
    /// <summary>PPID Utama's inbox, under the admin group.</summary>
    public static void MapMainOffice(IEndpointRouteBuilder admin) =>
        admin.MapGet("/inbox", async Task<Ok<StaffPage>> ([AsParameters] InboxQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query.ToRequest(Inbox.MainOffice), ct)))
            .WithName("MainOfficeInbox").WithSummary("PPID Utama's inbox: new submissions by default, with the suggested agency").ProducesValidationProblem();

    /// <summary>The agency's inbox, under the staff group.</summary>
    public static void MapAgency(IEndpointRouteBuilder staff) =>
        staff.MapGet("/", async Task<Ok<StaffPage>> ([AsParameters] InboxQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query.ToRequest(Inbox.Agency), ct)))
            .WithName("AgencyInbox").WithSummary("Submissions of the caller's agencies (overdue=true for the supervisors' view)").ProducesValidationProblem();
}

internal sealed record InboxQuery(
    Guid? AgencyId, string? Status, string? Category, string? Search, bool? Overdue, DateTime? Before, Guid? BeforeId, int? PageSize, bool? AssignedToMe, string? Sort)
{
    public ListInbox ToRequest(Inbox inbox) => new()
    {
        Inbox = inbox,
        AgencyId = AgencyId,
        Status = Status,
        Category = Category,
        Search = Search,
        Overdue = Overdue,
        // Only the agency inbox offers "assigned to me": PPID Utama assigns nothing.
        AssignedToMe = inbox == Inbox.Agency && (AssignedToMe ?? false),
        Sort = Sort,
        Before = Before,
        BeforeId = BeforeId,
        PageSize = PageSize ?? PagingRules.DefaultPageSize,
    };
}
