namespace AspirasiEtam.Modules.Aspirations.Features.ListStaffNotices;

/// <summary>The signed-in staff member's own notices (<see cref="StaffNotice"/>), newest first, and how they get them by email.</summary>
[Authorize(Policy = Policies.Staff)]
internal sealed record ListStaffNotices : IRequest<StaffNoticeList>;

internal sealed record StaffNoticeList(int Unread, string Delivery, IReadOnlyList<StaffNoticeView> Items);

internal sealed record StaffNoticeView(Guid Id, Guid SubmissionId, string ReportNumber, string Title, string Kind, DateTime? DueAt, DateTime CreatedAt, bool Read);

internal sealed class ListStaffNoticesHandler(AspirationsDbContext context, ICurrentUser currentUser) : IRequestHandler<ListStaffNotices, StaffNoticeList>
{
    /// <summary>The list shows the latest notices; older ones stay in the database.</summary>
    public const int Shown = 50;

    public async Task<StaffNoticeList> Handle(ListStaffNotices request, CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId ?? Guid.Empty;
        var items = await context.StaffNotices.AsNoTracking().Where(n => n.UserId == userId)
            .OrderByDescending(n => n.CreatedAt).Take(Shown)
            .Select(n => new StaffNoticeView(n.Id, n.SubmissionId, n.ReportNumber, n.Title, n.Kind.ToString(), n.DueAt, n.CreatedAt, n.ReadAt != null))
            .ToListAsync(cancellationToken);
        var unread = await UnreadNoticesBadge.CountAsync(context, userId, cancellationToken);
        var delivery = await context.StaffMembers.AsNoTracking().Where(m => m.UserId == userId).Select(m => (NoticeDelivery?)m.NoticeDelivery).FirstOrDefaultAsync(cancellationToken);
        return new StaffNoticeList(unread, (delivery ?? NoticeDelivery.Immediate).ToString(), items);
    }
}

/// <summary>The count of unread notices beside the "Notices" link of a staff member's navigation.</summary>
internal sealed class UnreadNoticesBadge(AspirationsDbContext context, ICurrentUser currentUser) : INavigationBadge
{
    public string Href => "/staf/pemberitahuan";

    public async ValueTask<int> CountAsync(CancellationToken cancellationToken) =>
        currentUser.UserId is { } userId ? await CountAsync(context, userId, cancellationToken) : 0;

    public static Task<int> CountAsync(AspirationsDbContext context, Guid userId, CancellationToken cancellationToken) =>
        context.StaffNotices.CountAsync(n => n.UserId == userId && n.ReadAt == null, cancellationToken);
}

internal static class ListStaffNoticesEndpoint
{
    public static void Map(IEndpointRouteBuilder notices) =>
        notices.MapGet("/", async Task<Ok<StaffNoticeList>> (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListStaffNotices(), ct)))
            .WithName("ListStaffNotices").WithSummary("My notices: reports dispatched to my agency, reporters' replies and reopenings, deadlines 2 working days away");
}
