namespace AspirasiEtam.Modules.Aspirations.Features.CountInbox;

/// <summary>How many reports of each status are in the caller's scope (and how many of the open ones are overdue): the inbox's tabs.</summary>
[Authorize(Policy = Policies.Staff)]
internal sealed record CountInbox : IRequest<InboxCounts>;

internal sealed record InboxCounts(IReadOnlyDictionary<string, int> ByStatus, int Overdue);

internal sealed class CountInboxHandler(AspirationsDbContext context, StaffSubmissions staff, Deadlines deadlines) : IRequestHandler<CountInbox, InboxCounts>
{
    public async Task<InboxCounts> Handle(CountInbox request, CancellationToken cancellationToken)
    {
        var scope = staff.InScope(context.Submissions.AsNoTracking());
        var byStatus = await scope.GroupBy(s => s.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var now = deadlines.Now.UtcDateTime;
        var overdue = await scope.CountAsync(s => (s.Status == SubmissionStatus.Submitted || s.Status == SubmissionStatus.Dispatched) && s.DueAt < now, cancellationToken);
        return new InboxCounts(byStatus.ToDictionary(c => c.Key.ToString(), c => c.Count), overdue);
    }
}
