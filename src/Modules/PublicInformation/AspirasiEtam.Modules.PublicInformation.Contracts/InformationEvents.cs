using AspirasiEtam.Shared.Contracts;

namespace AspirasiEtam.Modules.PublicInformation.Contracts;

// What the PPID register tells other modules. Only public facts: an exempt entry's content, a draft's text or an
// officer's notes never leave the module. Category is one of berkala, serta-merta, setiap-saat.

/// <summary>An entry of an agency's public information register (DIP) was published, or a published one changed.</summary>
public sealed record InformationPublished(
    Guid EntryId,
    Guid AgencyId,
    string AgencyCode,
    string Number,
    string Title,
    string Category,
    int Year,
    bool FirstPublication,
    DateTimeOffset OccurredAt) : IIntegrationEvent;

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
