using AspirasiEtam.Modules.Aspirations.Contracts;
using AspirasiEtam.Modules.PublicInformation.Contracts;
using AspirasiEtam.Modules.Reports.Contracts;
using AspirasiEtam.Shared.Contracts;
using AspirasiEtam.Shared.Messaging;
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
    private readonly HashSet<(Guid EntryId, DateTime At)> dipUpdates = [];
    private readonly HashSet<Guid> dipEntries = [];
    private readonly Dictionary<Guid, DipWithdrawal> dipWithdrawals = [];
    private DipChecklist? checklist;
    private readonly List<AspirationFact> newAspirations = [];
    private readonly List<RequestFact> newRequests = [];
    private readonly List<ObjectionFact> newObjections = [];

    /// <summary>Loads every fact the events touch: one query per kind.</summary>
    public async Task LoadAsync(IReadOnlyList<IIntegrationEvent> events, CancellationToken cancellationToken)
    {
        var aspirationIds = new List<Guid>();
        var requestIds = new List<Guid>();
        var objectionIds = new List<Guid>();
        var withReopenings = false;
        var entryIds = new List<Guid>();
        var withChecklist = false;
        foreach (var e in events)
        {
            switch (e)
            {
                case InformationPublished m: entryIds.Add(m.EntryId); break;
                case InformationWithdrawn m: entryIds.Add(m.EntryId); break;
                case ChecklistChanged: withChecklist = true; break;
                case RegisterReplayed page when page.Requester == ReportsContracts.ModuleName:
                    entryIds.AddRange(page.Published.Select(x => x.EntryId));
                    withChecklist = true;
                    break;
                case AspirationSubmitted m: aspirationIds.Add(m.SubmissionId); break;
                case AspirationDispatched m: aspirationIds.Add(m.SubmissionId); break;
                case AspirationReturned m: aspirationIds.Add(m.SubmissionId); break;
                case AspirationResponded m: aspirationIds.Add(m.SubmissionId); break;
                case AspirationClosed m: aspirationIds.Add(m.SubmissionId); break;
                case AspirationRated m: aspirationIds.Add(m.SubmissionId); break;
                case AspirationReopened m:
                    aspirationIds.Add(m.SubmissionId);
                    withReopenings = true;
                    break;
                case AspirationsReplayed page when page.Requester == ReportsContracts.ModuleName:
                    aspirationIds.AddRange(page.Submitted.Select(x => x.SubmissionId).Concat(page.Dispatched.Select(x => x.SubmissionId))
                        .Concat(page.Returned.Select(x => x.SubmissionId)).Concat(page.Responded.Select(x => x.SubmissionId))
                        .Concat(page.Reopened.Select(x => x.SubmissionId)).Concat(page.Rated.Select(x => x.SubmissionId))
                        .Concat(page.Closed.Select(x => x.SubmissionId)));
                    withReopenings |= page.Reopened.Count > 0;
                    break;
                case InformationRequestRegistered m: requestIds.Add(m.RequestId); break;
                case InformationRequestDecided m: requestIds.Add(m.RequestId); break;
                case ObjectionFiled m: objectionIds.Add(m.ObjectionId); break;
                case ObjectionDecided m: objectionIds.Add(m.ObjectionId); break;
                case InformationRequestsReplayed page when page.Requester == ReportsContracts.ModuleName:
                    requestIds.AddRange(page.Registered.Select(x => x.RequestId).Concat(page.Decided.Select(x => x.RequestId)));
                    objectionIds.AddRange(page.ObjectionsFiled.Select(x => x.ObjectionId).Concat(page.ObjectionsDecided.Select(x => x.ObjectionId)));
                    break;
            }
        }

        if (aspirationIds.Count > 0)
        {
            await LoadAspirationsAsync(aspirationIds, withReopenings, cancellationToken);
        }

        if (requestIds.Count > 0 || objectionIds.Count > 0)
        {
            await LoadRequestsAsync(requestIds, objectionIds, cancellationToken);
        }

        if (entryIds.Count > 0)
        {
            var wanted = entryIds.Distinct().ToList();
            foreach (var u in await context.DipUpdates.AsNoTracking().Where(u => wanted.Contains(u.EntryId)).Select(u => new { u.EntryId, u.At }).ToListAsync(cancellationToken))
            {
                dipUpdates.Add((u.EntryId, u.At));
                dipEntries.Add(u.EntryId);
            }

            foreach (var withdrawal in await context.DipWithdrawals.Where(w => wanted.Contains(w.EntryId)).ToListAsync(cancellationToken))
            {
                dipWithdrawals[withdrawal.EntryId] = withdrawal;
            }
        }

        if (withChecklist)
        {
            checklist = await context.DipChecklists.SingleOrDefaultAsync(cancellationToken);
        }
    }

    /// <summary>Applies one event (a replayed page only when this module asked for it); other events change nothing.</summary>
    public void Apply(IIntegrationEvent e)
    {
        switch (e)
        {
            case AspirationSubmitted m: Apply(m); break;
            case AspirationDispatched m: Apply(m); break;
            case AspirationReturned m: Apply(m); break;
            case AspirationResponded m: Apply(m); break;
            case AspirationClosed m: Apply(m); break;
            case AspirationRated m: Apply(m); break;
            case AspirationReopened m: Apply(m); break;
            case AspirationsReplayed page when page.Requester == ReportsContracts.ModuleName: Apply(page); break;
            case InformationRequestRegistered m: Apply(m); break;
            case InformationRequestDecided m: Apply(m); break;
            case ObjectionFiled m: Apply(m); break;
            case ObjectionDecided m: Apply(m); break;
            case InformationRequestsReplayed page when page.Requester == ReportsContracts.ModuleName: Apply(page); break;
            case InformationPublished m: Apply(m); break;
            case InformationWithdrawn m: Apply(m); break;
            case ChecklistChanged m: Apply(m); break;
            case RegisterReplayed page when page.Requester == ReportsContracts.ModuleName:
                Apply(page.Checklist);
                page.Published.ToList().ForEach(Apply);
                break;
        }
    }

    /// <summary>
    /// A publication of a register entry counts for freshness when it answers for a checklist item — or when an entry
    /// that did answers for none now (it stops answering). Once per entry and time, whichever message told it.
    /// </summary>
    private void Apply(InformationPublished m)
    {
        var at = m.OccurredAt.UtcDateTime;
        if ((m.ChecklistCode is null && !dipEntries.Contains(m.EntryId)) || !dipUpdates.Add((m.EntryId, at)))
        {
            return;
        }

        dipEntries.Add(m.EntryId);
        context.DipUpdates.Add(DipUpdate.Of(m.EntryId, m.AgencyId, m.ChecklistCode, m.OccurredAt));
        figures.Add((m.AgencyId, FigureMonth.Of(at)));
    }

    /// <summary>An entry's latest withdrawal counts (it may be published again after one, and withdrawn again).</summary>
    private void Apply(InformationWithdrawn m)
    {
        if (dipWithdrawals.TryGetValue(m.EntryId, out var known))
        {
            known.Again(m.OccurredAt);
        }
        else
        {
            dipWithdrawals[m.EntryId] = known = DipWithdrawal.Of(m.EntryId, m.OccurredAt);
            context.DipWithdrawals.Add(known);
        }

        figures.Add((m.AgencyId, FigureMonth.Of(m.OccurredAt.UtcDateTime)));
    }

    private void Apply(ChecklistChanged m)
    {
        if (checklist is null)
        {
            checklist = DipChecklist.Empty();
            context.DipChecklists.Add(checklist);
        }

        checklist.Changed(m.ActiveCodes, m.OccurredAt);
        figures.Add((Guid.Empty, FigureMonth.Of(m.OccurredAt.UtcDateTime)));
    }

    /// <summary>Loads the aspirations' facts, and their reopenings when <paramref name="withReopenings"/> (only reopenings need them).</summary>
    private async Task LoadAspirationsAsync(List<Guid> ids, bool withReopenings, CancellationToken cancellationToken)
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

    private async Task LoadRequestsAsync(IEnumerable<Guid> requestIds, IEnumerable<Guid> objectionIds, CancellationToken cancellationToken)
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

    private void Apply(AspirationSubmitted m) => Aspiration(m.SubmissionId).Submitted(m.ReportNumber, m.Kind, m.CategoryCode, m.OccurredAt);

    private void Apply(AspirationDispatched m) => Aspiration(m.SubmissionId).Dispatched(m.AgencyId, m.FollowUpDueAt, m.OccurredAt);

    private void Apply(AspirationReturned m) => Aspiration(m.SubmissionId).Returned(m.OccurredAt);

    private void Apply(AspirationResponded m) => Aspiration(m.SubmissionId).Responded(m.AgencyId, m.OnTime, m.WorkingDays, m.OccurredAt);

    private void Apply(AspirationClosed m) => Aspiration(m.SubmissionId).Closed(m.Outcome, m.OccurredAt);

    private void Apply(AspirationRated m) => Aspiration(m.SubmissionId).Rated(m.AgencyId, m.Stars, m.OccurredAt);

    /// <summary>A reopening counts once, keyed by its time (a step and its event read the clock once).</summary>
    private void Apply(AspirationReopened m)
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

    private void Apply(AspirationsReplayed page)
    {
        // Kind by kind: each fact method keeps what the latest (or first) step says, whatever the order.
        page.Submitted.ToList().ForEach(Apply);
        page.Dispatched.ToList().ForEach(Apply);
        page.Returned.ToList().ForEach(Apply);
        page.Responded.ToList().ForEach(Apply);
        page.Reopened.ToList().ForEach(Apply);
        page.Rated.ToList().ForEach(Apply);
        page.Closed.ToList().ForEach(Apply);
    }

    private void Apply(InformationRequestRegistered m) => Request(m.RequestId).Registered(m.Number, m.AgencyId, m.OccurredAt);

    private void Apply(InformationRequestDecided m) => Request(m.RequestId).Decided(m.Number, m.AgencyId, m.Outcome, m.OnTime, m.WorkingDaysTaken, m.OccurredAt);

    private void Apply(ObjectionFiled m) => Objection(m.ObjectionId).Filed(m.AgencyId, m.OccurredAt);

    private void Apply(ObjectionDecided m) => Objection(m.ObjectionId).Decided(m.AgencyId, m.Outcome, m.OccurredAt);

    private void Apply(InformationRequestsReplayed page)
    {
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

    /// <summary>
    /// Inserts the facts the events created — untracked, through one prepared statement per kind on SQLite
    /// (<see cref="BulkInsert"/>): a replayed page creates hundreds. The facts loaded and changed are saved by SaveChanges.
    /// </summary>
    public async Task InsertNewAsync(CancellationToken cancellationToken)
    {
        await BulkInsert.AddAsync(context, newAspirations, cancellationToken);
        await BulkInsert.AddAsync(context, newRequests, cancellationToken);
        await BulkInsert.AddAsync(context, newObjections, cancellationToken);
    }

    private AspirationFact Aspiration(Guid id) => Find(aspirations, id, AspirationFact.Create, newAspirations);

    private RequestFact Request(Guid id) => Find(requests, id, RequestFact.Create, newRequests);

    private ObjectionFact Objection(Guid id) => Find(objections, id, ObjectionFact.Create, newObjections);

    private static T Find<T>(Dictionary<Guid, T> loaded, Guid id, Func<Guid, T> create, List<T> created)
    {
        if (!loaded.TryGetValue(id, out var fact))
        {
            fact = create(id);
            created.Add(fact);
            loaded[id] = fact;
        }

        return fact;
    }
}

/// <summary>
/// Applies the fact consumers' deliveries in batches (<see cref="InboxBatches{TContext}"/>, ADR 0016): the facts every
/// event of the batch touches are loaded in one query per kind, the events applied in the order they arrived, and the
/// months to recount marked, stamped with the batch's oldest event — so the delay a mark measures is the longest.
/// </summary>
internal sealed class FactBatch : IInboxBatchHandler<ReportsDbContext>
{
    public async Task ApplyAsync(ReportsDbContext context, IReadOnlyList<IIntegrationEvent> events, CancellationToken cancellationToken)
    {
        var changes = new FactChanges(context);
        await changes.LoadAsync(events, cancellationToken);
        foreach (var e in events)
        {
            changes.Apply(e);
        }

        changes.MarkPending(events.Min(e => e.OccurredAt));
        await changes.InsertNewAsync(cancellationToken);
    }
}

/// <summary>A consumer of one source event: its deliveries join the module's batches (<see cref="FactBatch"/>).</summary>
internal abstract class FactConsumer<T>(InboxBatches<ReportsDbContext> batches) : BatchedInboxConsumer<T, ReportsDbContext>(batches)
    where T : class, IIntegrationEvent;
