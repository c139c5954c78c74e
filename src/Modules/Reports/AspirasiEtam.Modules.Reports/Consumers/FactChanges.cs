using AspirasiEtam.Modules.Aspirations.Contracts;
using AspirasiEtam.Modules.PublicInformation.Contracts;
using AspirasiEtam.Shared.Persistence;

namespace AspirasiEtam.Modules.Reports.Consumers;

/// <summary>
/// One way to apply the sources' events to the facts, for a live event and for a replayed page alike: loads the facts
/// the events touch in one query per kind, applies each event (every fact method is idempotent and order-free), and
/// records every agency's month whose figures the changes touch — before and after — as a <see cref="PendingFigure"/> in the
/// same save, for the figure refresher to recount.
/// </summary>
internal sealed class FactChanges(ReportsDbContext context)
{
    private readonly Dictionary<Guid, AspirationFact> aspirations = [];
    private readonly Dictionary<Guid, RequestFact> requests = [];
    private readonly Dictionary<Guid, ObjectionFact> objections = [];
    private readonly HashSet<(Guid SubmissionId, DateTime At)> reopenings = [];
    private readonly HashSet<(Guid Agency, int Month)> figures = [];

    /// <summary>Loads the aspirations' facts, and their reopenings when <paramref name="withReopenings"/> (only reopenings need them).</summary>
    public async Task LoadAspirationsAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken, bool withReopenings = false)
    {
        var wanted = ids.Distinct().ToList();
        foreach (var fact in await context.Aspirations.Where(f => wanted.Contains(f.SubmissionId)).ToListAsync(cancellationToken))
        {
            aspirations[fact.SubmissionId] = fact;
            figures.UnionWith(fact.Figures());
        }

        if (!withReopenings)
        {
            return;
        }

        foreach (var reopening in await context.Reopenings.AsNoTracking().Where(r => wanted.Contains(r.SubmissionId))
                     .Select(r => new { r.SubmissionId, r.ReopenedAt }).ToListAsync(cancellationToken))
        {
            reopenings.Add((reopening.SubmissionId, reopening.ReopenedAt));
        }
    }

    public async Task LoadRequestsAsync(IEnumerable<Guid> requestIds, IEnumerable<Guid> objectionIds, CancellationToken cancellationToken)
    {
        var wantedRequests = requestIds.Distinct().ToList();
        foreach (var fact in await context.Requests.Where(f => wantedRequests.Contains(f.RequestId)).ToListAsync(cancellationToken))
        {
            requests[fact.RequestId] = fact;
            figures.UnionWith(fact.Figures());
        }

        var wantedObjections = objectionIds.Distinct().ToList();
        foreach (var fact in await context.Objections.Where(f => wantedObjections.Contains(f.ObjectionId)).ToListAsync(cancellationToken))
        {
            objections[fact.ObjectionId] = fact;
            figures.UnionWith(fact.Figures());
        }
    }

    public void Apply(AspirationSubmitted m) => Aspiration(m.SubmissionId).Submitted(m.ReportNumber, m.Kind, m.CategoryCode, m.OccurredAt);

    public void Apply(AspirationDispatched m) => Aspiration(m.SubmissionId).Dispatched(m.AgencyId, m.FollowUpDueAt, m.OccurredAt);

    public void Apply(AspirationReturned m) => Aspiration(m.SubmissionId).Returned(m.OccurredAt);

    public void Apply(AspirationResponded m) => Aspiration(m.SubmissionId).Responded(m.AgencyId, m.OnTime, m.WorkingDays, m.OccurredAt);

    public void Apply(AspirationClosed m) => Aspiration(m.SubmissionId).Closed(m.Outcome, m.OccurredAt);

    public void Apply(AspirationRated m) => Aspiration(m.SubmissionId).Rated(m.AgencyId, m.Stars, m.OccurredAt);

    /// <summary>A reopening counts once, keyed by its time (a step and its event read the clock once).</summary>
    public void Apply(AspirationReopened m)
    {
        var at = m.OccurredAt.UtcDateTime;
        if (reopenings.Add((m.SubmissionId, at)))
        {
            context.Reopenings.Add(new AspirationReopening(m.SubmissionId, m.AgencyId, m.OccurredAt));
            if (m.AgencyId is { } agency)
            {
                figures.Add((agency, FigureMonth.Of(at)));
            }
        }

        Aspiration(m.SubmissionId).Reopened(m.AgencyId, m.FollowUpDueAt, m.OccurredAt);
    }

    public void Apply(AspirationsReplayed page, string requester)
    {
        if (page.Requester != requester)
        {
            return;
        }

        // Kind by kind: each fact method keeps what the latest (or first) step says, whatever the order.
        page.Submitted.ToList().ForEach(Apply);
        page.Dispatched.ToList().ForEach(Apply);
        page.Returned.ToList().ForEach(Apply);
        page.Responded.ToList().ForEach(Apply);
        page.Reopened.ToList().ForEach(Apply);
        page.Rated.ToList().ForEach(Apply);
        page.Closed.ToList().ForEach(Apply);
    }

    public void Apply(InformationRequestRegistered m) => Request(m.RequestId).Registered(m.Number, m.AgencyId, m.OccurredAt);

    public void Apply(InformationRequestDecided m) => Request(m.RequestId).Decided(m.Number, m.AgencyId, m.Outcome, m.OnTime, m.WorkingDaysTaken, m.OccurredAt);

    public void Apply(ObjectionFiled m) => Objection(m.ObjectionId).Filed(m.AgencyId, m.OccurredAt);

    public void Apply(ObjectionDecided m) => Objection(m.ObjectionId).Decided(m.AgencyId, m.Outcome, m.OccurredAt);

    public void Apply(InformationRequestsReplayed page, string requester)
    {
        if (page.Requester != requester)
        {
            return;
        }

        page.Registered.ToList().ForEach(Apply);
        page.Decided.ToList().ForEach(Apply);
        page.ObjectionsFiled.ToList().ForEach(Apply);
        page.ObjectionsDecided.ToList().ForEach(Apply);
    }

    /// <summary>Marks every agency's month the changes touch for recounting, stamped with when the change happened at its source.</summary>
    public void MarkPending(DateTimeOffset eventAt)
    {
        foreach (var fact in aspirations.Values)
        {
            figures.UnionWith(fact.Figures());
        }

        foreach (var fact in requests.Values)
        {
            figures.UnionWith(fact.Figures());
        }

        foreach (var fact in objections.Values)
        {
            figures.UnionWith(fact.Figures());
        }

        foreach (var (agency, month) in figures)
        {
            context.PendingFigures.Add(new PendingFigure(agency, month, eventAt));
        }
    }

    private AspirationFact Aspiration(Guid id) => Find(aspirations, id, AspirationFact.Create, context.Aspirations);

    private RequestFact Request(Guid id) => Find(requests, id, RequestFact.Create, context.Requests);

    private ObjectionFact Objection(Guid id) => Find(objections, id, ObjectionFact.Create, context.Objections);

    private static T Find<T>(Dictionary<Guid, T> loaded, Guid id, Func<Guid, T> create, DbSet<T> set)
        where T : class
    {
        if (!loaded.TryGetValue(id, out var fact))
        {
            fact = create(id);
            set.Add(fact);
            loaded[id] = fact;
        }

        return fact;
    }
}

/// <summary>
/// Base of the Reports module's fact consumers: load what the event touches, apply it, mark the months to recount —
/// effect, marks and inbox row in one save (<see cref="InboxConsumer{TMessage, TContext}"/>).
/// </summary>
internal abstract class FactConsumer<T>(ReportsDbContext context, TimeProvider clock) : InboxConsumer<T, ReportsDbContext>(context, clock)
    where T : class, IIntegrationEvent
{
    protected abstract Task LoadAsync(FactChanges changes, T m, CancellationToken cancellationToken);

    protected abstract void Apply(FactChanges changes, T m);

    protected override async Task HandleAsync(T m, CancellationToken cancellationToken)
    {
        var changes = new FactChanges(Context);
        await LoadAsync(changes, m, cancellationToken);
        Apply(changes, m);
        changes.MarkPending(m.OccurredAt);
    }
}
