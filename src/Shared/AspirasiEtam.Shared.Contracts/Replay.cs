namespace AspirasiEtam.Shared.Contracts;

/// <summary>
/// A module that keeps a read model of another module's facts and missed them (it was added to a running portal,
/// or its database was rebuilt) asks <see cref="Source"/> (a module's name) to tell them again (docs/adr/0015).
/// </summary>
public sealed record ReplayRequested(Guid ReplayId, string Requester, string Source, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>The source published every fact it holds, <see cref="Events"/> events, after those it had published before.</summary>
public sealed record ReplayCompleted(Guid ReplayId, string Requester, string Source, int Events, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>
/// A source's replay goes on after the item (<see cref="AfterAt"/>, <see cref="AfterId"/>) it told last: each message
/// tells a bounded share of the history, so no delivery outlives the outbox's delivery timeout and a crash resumes at
/// the last share saved. Addressed to the source itself.
/// </summary>
public sealed record ReplayContinued(Guid ReplayId, string Requester, string Source, DateTime AfterAt, Guid AfterId, int Events, DateTimeOffset OccurredAt) : IIntegrationEvent;
