using AspirasiEtam.Shared.Contracts;

namespace AspirasiEtam.Modules.PublicInformation.Contracts;

// What the PPID register tells other modules. Only public facts: an exempt entry's content, a draft's text or an
// officer's notes never leave the module. Category is one of berkala, serta-merta, setiap-saat.

/// <summary>
/// An entry of an agency's public information register (DIP) was published, or a published one changed (its update
/// time is <paramref name="OccurredAt"/>). <paramref name="ChecklistCode"/>: the berkala checklist item it answers for,
/// if any — what the freshness of an agency's register is judged by.
/// </summary>
public sealed record InformationPublished(
    Guid EntryId,
    Guid AgencyId,
    string AgencyCode,
    string Number,
    string Title,
    string Category,
    int Year,
    bool FirstPublication,
    DateTimeOffset OccurredAt,
    string? ChecklistCode = null) : IIntegrationEvent;

/// <summary>PPID Utama changed the berkala checklist: the codes of its active items now.</summary>
public sealed record ChecklistChanged(IReadOnlyList<string> ActiveCodes, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>
/// The register's freshness facts, told again to a module that asked (<c>ReplayRequested</c>, docs/adr/0015): the
/// checklist, and each published entry that answers for an item as published first and as last updated (the versions
/// between are not kept).
/// </summary>
public sealed record RegisterReplayed(
    Guid ReplayId,
    string Requester,
    ChecklistChanged Checklist,
    IReadOnlyList<InformationPublished> Published,
    DateTimeOffset OccurredAt) : IIntegrationEvent
{
    /// <summary>The events told: the checklist and each publication.</summary>
    public int Events => Published.Count + 1;
}

/// <summary>A published entry was withdrawn from the register, with the reason the public sees.</summary>
public sealed record InformationWithdrawn(
    Guid EntryId,
    Guid AgencyId,
    string Number,
    string Reason,
    DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>
/// Serta merta information (a disaster, a threat to public order) was announced: every public page shows it until
/// <paramref name="ExpiresAt"/>.
/// </summary>
public sealed record ImmediateInformationAnnounced(
    Guid EntryId,
    Guid AgencyId,
    string Title,
    string Summary,
    DateTimeOffset ExpiresAt,
    DateTimeOffset OccurredAt) : IIntegrationEvent;

// Requests for information and objections (UU 14/2008 Pasal 22, 35-38). Numbers and outcomes only: the applicant's
// identity, identity number and scan never leave the module. Outcome: granted, granted-in-part, refused, not-held.

/// <summary>
/// A request for information was registered. <paramref name="SourceSubmissionId"/> names the Aspirasi Etam report it
/// was converted from, if any, so that report's tracking shows the registration number.
/// </summary>
public sealed record InformationRequestRegistered(
    Guid RequestId, string Number, Guid AgencyId, string Channel, Guid? SourceSubmissionId, DateOnly DueOn, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>
/// A request was answered with a written notice (or closed as held by a body outside the province);
/// <paramref name="OnTime"/> when by its deadline (10 working days, or 17 when extended).
/// </summary>
public sealed record InformationRequestDecided(
    Guid RequestId, string Number, Guid AgencyId, string Outcome, int WorkingDaysTaken, Guid? SourceSubmissionId, DateTimeOffset OccurredAt, bool OnTime = true) : IIntegrationEvent;

/// <summary>An objection (keberatan) was filed against how a request was handled; Ground is 35a–35g.</summary>
public sealed record ObjectionFiled(
    Guid ObjectionId, string Number, Guid RequestId, string RequestNumber, Guid AgencyId, string Ground, DateOnly DueOn, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>The agency's superior (Atasan PPID) decided an objection; Outcome: upheld or dismissed.</summary>
public sealed record ObjectionDecided(
    Guid ObjectionId, string Number, Guid RequestId, Guid AgencyId, string Outcome, DateOnly CommissionDeadline, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>
/// A page of the requests' and objections' history, told again to a module that asked (<c>ReplayRequested</c>,
/// docs/adr/0015): the same events as they were published live, for <see cref="Requester"/> only.
/// </summary>
public sealed record InformationRequestsReplayed(
    Guid ReplayId,
    string Requester,
    IReadOnlyList<InformationRequestRegistered> Registered,
    IReadOnlyList<InformationRequestDecided> Decided,
    IReadOnlyList<ObjectionFiled> ObjectionsFiled,
    IReadOnlyList<ObjectionDecided> ObjectionsDecided,
    DateTimeOffset OccurredAt) : IIntegrationEvent
{
    public int Events => Registered.Count + Decided.Count + ObjectionsFiled.Count + ObjectionsDecided.Count;
}
