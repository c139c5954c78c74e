using AspirasiEtam.Modules.Aspirations.Caching;
using AspirasiEtam.Modules.Aspirations.Contracts;
using AspirasiEtam.Shared.Persistence;
using AspirasiEtam.Shared.Time;

namespace AspirasiEtam.Modules.Aspirations.Features.ReplayFacts;

/// <summary>
/// Answers a module that asks for the aspirations' history (docs/adr/0015): every confirmed report's events again —
/// submitted, dispatched, returned, answered, reopened, rated, closed — rebuilt from its timeline in the order they
/// happened, through the outbox a page of reports at a time (<see cref="AspirationsReplayed"/>, for the module that
/// asked), ten pages per delivery (<see cref="ReplayShares"/>), then <see cref="ReplayCompleted"/>. Every consumer applies them idempotently, so a
/// replay that overlaps live events, or runs twice, changes nothing twice.
/// </summary>
internal sealed class AspirationsReplayConsumer(AspirationsDbContext context, ReferenceData referenceData, TimeProvider clock)
    : InboxConsumer<ReplayRequested, AspirationsDbContext>(context, clock)
{
    public const string Source = "aspirations";

    protected override Task HandleAsync(ReplayRequested m, CancellationToken cancellationToken) =>
        m.Source != Source ? Task.CompletedTask : new AspirationsHistory(Context, referenceData, Clock).TellAsync(m.ReplayId, m.Requester, null, 0, cancellationToken);
}

/// <summary>The next share of a replay this module is telling (<see cref="ReplayShares"/>).</summary>
internal sealed class AspirationsReplayContinuedConsumer(AspirationsDbContext context, ReferenceData referenceData, TimeProvider clock)
    : InboxConsumer<ReplayContinued, AspirationsDbContext>(context, clock)
{
    protected override Task HandleAsync(ReplayContinued m, CancellationToken cancellationToken) =>
        m.Source != AspirationsReplayConsumer.Source ? Task.CompletedTask
            : new AspirationsHistory(Context, referenceData, Clock).TellAsync(m.ReplayId, m.Requester, (m.AfterAt, m.AfterId), m.Events, cancellationToken);
}

/// <summary>The aspirations' history as pages of <see cref="AspirationsReplayed"/>, in the order the reports came in.</summary>
internal sealed class AspirationsHistory(AspirationsDbContext context, ReferenceData referenceData, TimeProvider clock)
{
    private const int Batch = 500;

    public async Task TellAsync(Guid replayId, string requester, (DateTime At, Guid Id)? after, int events, CancellationToken cancellationToken)
    {
        var calendar = await referenceData.CalendarAsync(cancellationToken);
        await ReplayShares.TellAsync(context, AspirationsReplayConsumer.Source, replayId, requester, after, events, async (cursor, ct) =>
        {
            var (afterAt, afterId) = (cursor?.At, cursor?.Id ?? Guid.Empty);
            var page = await context.Submissions.AsNoTracking().AsSplitQuery()
                // A range from the cursor's time (the (CreatedAt, Id) index seeks it), then past the cursor's id within that time.
                .Where(s => afterAt == null || (s.CreatedAt >= afterAt && (s.CreatedAt > afterAt || s.Id.CompareTo(afterId) > 0)))
                .OrderBy(s => s.CreatedAt).ThenBy(s => s.Id).Take(Batch).ToListAsync(ct);
            if (page.Count == 0)
            {
                return null;
            }

            var told = Page(replayId, requester, page.SelectMany(s => EventsOf(s, calendar)).ToList());
            return new ReplayShares.Page(told, told.Events, page[^1].CreatedAt, page[^1].Id);
        }, clock, cancellationToken);
    }

    private AspirationsReplayed Page(Guid replayId, string requester, List<IIntegrationEvent> events) => new(
        replayId, requester,
        [.. events.OfType<AspirationSubmitted>()], [.. events.OfType<AspirationDispatched>()], [.. events.OfType<AspirationReturned>()],
        [.. events.OfType<AspirationResponded>()], [.. events.OfType<AspirationReopened>()], [.. events.OfType<AspirationRated>()],
        [.. events.OfType<AspirationClosed>()], clock.GetUtcNow());

    /// <summary>A report's events as they were published live, rebuilt from what it keeps.</summary>
    internal static IEnumerable<IIntegrationEvent> EventsOf(Submission s, WorkingDayCalendar calendar)
    {
        if (s.Status == SubmissionStatus.AwaitingEmailConfirmation)
        {
            yield break;
        }

        yield return AspirationEvents.Submitted(s, new DateTimeOffset(DateTime.SpecifyKind(s.SubmittedAt ?? s.CreatedAt, DateTimeKind.Utc)));
        var entries = s.Timeline.OrderBy(t => t.Sequence).ToList();
        Guid? agency = null;
        DateTime? clockStarted = null;
        var responses = entries.Count(e => e.Kind == TimelineKind.Response);
        // Only the clock now running is kept: the latest dispatch or reopening of a report still with its agency.
        var lastClock = entries.LastOrDefault(e => e.Kind is TimelineKind.Dispatched or TimelineKind.Reopened);
        DateTime? DueOf(TimelineEntry e) => e == lastClock && s.Status == SubmissionStatus.Dispatched ? s.DueAt : null;
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            var at = new DateTimeOffset(DateTime.SpecifyKind(e.At, DateTimeKind.Utc));
            switch (e.Kind)
            {
                case TimelineKind.Dispatched:
                    // Entries written before dispatches named their agency: the one that later returned it, or the current one.
                    agency = e.AgencyId ?? entries.Skip(i + 1).FirstOrDefault(r => r.Kind == TimelineKind.Returned)?.AgencyId ?? s.AgencyId;
                    clockStarted = e.At;
                    if (agency is { } dispatchedTo)
                    {
                        yield return new AspirationDispatched(s.Id, dispatchedTo, DueOf(e) ?? e.At, at);
                    }

                    break;
                case TimelineKind.Response when (e.AgencyId ?? agency) is { } answeredBy:
                    var days = clockStarted is { } started ? calendar.WorkingDaysBetween(LocalTime.Today(new DateTimeOffset(DateTime.SpecifyKind(started, DateTimeKind.Utc))), LocalTime.Today(at)) : 0;
                    // Whether an earlier answer was on time is not kept once the report is answered again; the latest is.
                    yield return new AspirationResponded(s.Id, answeredBy, at, responses == 1 ? s.RespondedOnTime ?? true : true, days);
                    break;
                case TimelineKind.Reopened:
                    yield return new AspirationReopened(s.Id, agency, at, DueOf(e));
                    clockStarted = e.At;
                    break;
                case TimelineKind.Rated when s.Rating is { } stars:
                    yield return new AspirationRated(s.Id, agency, stars, at);
                    break;
                case TimelineKind.Returned:
                    if ((e.AgencyId ?? agency) is { } returnedBy)
                    {
                        yield return new AspirationReturned(s.Id, returnedBy, at);
                    }

                    agency = null;
                    break;
                case TimelineKind.Closed:
                    yield return new AspirationClosed(s.Id, agency, "closed", at);
                    break;
                case TimelineKind.Rejected:
                    yield return new AspirationClosed(s.Id, null, "rejected", at);
                    break;
                case TimelineKind.Converted:
                    yield return new AspirationClosed(s.Id, null, "converted", at);
                    break;
            }
        }
    }
}
