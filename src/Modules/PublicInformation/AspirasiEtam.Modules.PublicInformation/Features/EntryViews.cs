using System.Text.Json.Serialization;

namespace AspirasiEtam.Modules.PublicInformation.Features;

/// <summary>An entry as staff of its agency (and PPID Utama) see it: drafts, the exemption's reasons, the whole history.</summary>
internal sealed record StaffEntryView(
    Guid Id, Guid AgencyId, string Number, string Status, string Title, string Summary, string Category, string HoldingUnit,
    string PersonResponsible, string? MadeWhen, string? MadeWhere, string Form, string RetentionPeriod, int Year,
    IReadOnlyList<string> Tags, IReadOnlyList<string> Links, string? Checklist, string? WithdrawalReason, DateTime UpdatedAt, DateTime? PublishedAt, DateTime? AnnouncedUntil,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ExemptionView? Exemption,
    IReadOnlyList<DocumentView> Documents, IReadOnlyList<StaffChangeView> History)
{
    public static StaffEntryView Of(InformationEntry e) => new(
        e.Id, e.AgencyId, e.Number, e.Status.ToString(), e.Title, e.Summary, e.Category.Code(), e.HoldingUnit, e.PersonResponsible,
        e.MadeWhen, e.MadeWhere, e.Form.Code(), e.RetentionPeriod, e.Year, e.Tags, e.Links, e.ChecklistCode, e.WithdrawalReason, e.UpdatedAt, e.PublishedAt, e.AnnouncedUntil,
        e.Exemption is { } x ? new ExemptionView(x.Ground, x.Harm, x.PublicInterest, x.Until, x.DecidedBy, x.DecidedOn) : null,
        [.. e.Documents.OrderBy(d => d.Series).ThenByDescending(d => d.Version).Select(DocumentView.Of)],
        [.. e.History.OrderByDescending(h => h.Sequence).Select(h => new StaffChangeView(h.At, h.Kind.ToString(), h.Note, h.By))]);
}

internal sealed record ExemptionView(string Ground, string Harm, string PublicInterest, DateOnly Until, string DecidedBy, DateOnly DecidedOn);

internal sealed record DocumentView(Guid Id, int Series, int Version, string FileName, string ContentType, long Size, DateTime UploadedAt)
{
    public static DocumentView Of(EntryDocument d) => new(d.Id, d.Series, d.Version, d.FileName, d.ContentType, d.Size, d.UploadedAt);
}

internal sealed record StaffChangeView(DateTime At, string Kind, string? Note, Guid By);

/// <summary>
/// A published entry as anyone reads it: the register's columns, its documents (every version) and what changed since it
/// was first published — never who in the agency made a change, never a draft's or an exempt entry's content.
/// </summary>
internal sealed record PublicEntryView(
    Guid Id, string Number, string AgencyCode, string AgencyName, string Title, string Summary, string Category, string HoldingUnit,
    string PersonResponsible, string? MadeWhen, string? MadeWhere, string Form, string RetentionPeriod, int Year,
    IReadOnlyList<string> Tags, IReadOnlyList<string> Links, DateTime PublishedAt, DateTime UpdatedAt,
    IReadOnlyList<DocumentView> Documents, IReadOnlyList<PublicChangeView> History)
{
    /// <summary>Kinds of change a reader of a published entry sees.</summary>
    private static readonly HashSet<EntryChangeKind> PublicKinds =
        [EntryChangeKind.Published, EntryChangeKind.Updated, EntryChangeKind.DocumentAdded, EntryChangeKind.DocumentVersionAdded, EntryChangeKind.Announced];

    public static PublicEntryView Of(InformationEntry e, PpidAgency agency) => new(
        e.Id, e.Number, agency.Code, agency.Name, e.Title, e.Summary, e.Category.Code(), e.HoldingUnit, e.PersonResponsible,
        e.MadeWhen, e.MadeWhere, e.Form.Code(), e.RetentionPeriod, e.Year, e.Tags, e.Links, e.PublishedAt ?? e.UpdatedAt, e.UpdatedAt,
        [.. e.Documents.OrderBy(d => d.Series).ThenByDescending(d => d.Version).Select(DocumentView.Of)],
        [.. e.History.Where(h => PublicKinds.Contains(h.Kind) && e.PublishedAt is { } first && h.At >= first)
            .OrderByDescending(h => h.Sequence).Select(h => new PublicChangeView(h.At, h.Kind.ToString(), h.Kind is EntryChangeKind.DocumentAdded or EntryChangeKind.DocumentVersionAdded ? h.Note : null))]);
}

internal sealed record PublicChangeView(DateTime At, string Kind, string? Document);
