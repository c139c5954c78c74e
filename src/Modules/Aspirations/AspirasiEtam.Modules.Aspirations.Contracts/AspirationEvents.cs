using AspirasiEtam.Shared.Contracts;

namespace AspirasiEtam.Modules.Aspirations.Contracts;

// Events of Aspirasi Etam. None carries the reporter's identity (a consumer that needs it has no business with it)
// or the tracking code (the reporter's credential: it lets its holder reply, reopen and rate). Reports are named
// by their report number.

/// <summary>A submission was received (and, for a guest, its email confirmed). Kind: aspiration, complaint, informationrequest.</summary>
public sealed record AspirationSubmitted(Guid SubmissionId, string ReportNumber, string Kind, string CategoryCode, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>PPID Utama sent a submission to an agency for follow-up.</summary>
public sealed record AspirationDispatched(Guid SubmissionId, Guid AgencyId, DateTime FollowUpDueAt, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>
/// The agency gave its final response: <see cref="OnTime"/> when within its follow-up deadline (or the target date
/// it set), after <see cref="WorkingDays"/> working days from the dispatch or reopening that started the clock.
/// </summary>
public sealed record AspirationResponded(Guid SubmissionId, Guid AgencyId, DateTimeOffset OccurredAt, bool OnTime = true, int WorkingDays = 0) : IIntegrationEvent;

/// <summary>
/// The reporter reopened an answered submission: it is back with its agency (or PPID Utama when the agency left),
/// on a new follow-up clock ending <see cref="FollowUpDueAt"/>.
/// </summary>
public sealed record AspirationReopened(Guid SubmissionId, Guid? AgencyId, DateTimeOffset OccurredAt, DateTime? FollowUpDueAt = null) : IIntegrationEvent;

/// <summary>The agency handed a dispatched submission back to PPID Utama (not its authority, or the agency left the directory).</summary>
public sealed record AspirationReturned(Guid SubmissionId, Guid AgencyId, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>
/// A page of the aspirations' history, told again to a module that asked (<c>ReplayRequested</c>, docs/adr/0015): the
/// same events as they were published live, grouped by kind, for <see cref="Requester"/> only. Pages go out in the
/// order the reports came in; a page holds every event of its reports.
/// </summary>
public sealed record AspirationsReplayed(
    Guid ReplayId,
    string Requester,
    IReadOnlyList<AspirationSubmitted> Submitted,
    IReadOnlyList<AspirationDispatched> Dispatched,
    IReadOnlyList<AspirationReturned> Returned,
    IReadOnlyList<AspirationResponded> Responded,
    IReadOnlyList<AspirationReopened> Reopened,
    IReadOnlyList<AspirationRated> Rated,
    IReadOnlyList<AspirationClosed> Closed,
    DateTimeOffset OccurredAt) : IIntegrationEvent
{
    public int Events => Submitted.Count + Dispatched.Count + Returned.Count + Responded.Count + Reopened.Count + Rated.Count + Closed.Count;
}

/// <summary>The reporter rated the agency's response, 1 to 5 stars (no comment: that is the reporter's own words).</summary>
public sealed record AspirationRated(Guid SubmissionId, Guid? AgencyId, int Stars, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>A submission was closed: after the reply window, rejected, or converted. Outcome: closed, rejected, converted.</summary>
public sealed record AspirationClosed(Guid SubmissionId, Guid? AgencyId, string Outcome, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>
/// An information request that came in as an aspiration: the Public Information module registers it as a
/// request under UU 14/2008. Carries what the request needs, with the applicant's contact (the applicant
/// asked for this themselves), never to be shown publicly — and the applicant's privacy choices, which the
/// request keeps: <see cref="Anonymous"/> (identity for the main PPID only, not the agency answering),
/// <see cref="Confidential"/> (never public) and <see cref="ContactShared"/> (the answering agency may see the
/// contact details).
/// </summary>
public sealed record InformationRequestRaised(
    Guid SubmissionId,
    string ReportNumber,
    string Title,
    string Description,
    Guid? ApplicantUserId,
    string? ApplicantName,
    string? ApplicantEmail,
    string? ApplicantPhone,
    bool Anonymous,
    bool Confidential,
    bool ContactShared,
    DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>
/// An admin added a day to the working-day calendar (kind: national or collective_leave). Every module that counts
/// legal working days keeps its copy of the calendar from these two events.
/// </summary>
public sealed record HolidayAdded(DateOnly Date, string Kind, string NameId, string NameEn, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>An admin removed a day entered as a holiday by mistake.</summary>
public sealed record HolidayRemoved(DateOnly Date, DateTimeOffset OccurredAt) : IIntegrationEvent;
