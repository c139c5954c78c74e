namespace AspirasiEtam.Modules.PublicInformation.Domain;

/// <summary>The three classes of public information of UU 14/2008 (exempt information is an entry's decision, not a class).</summary>
internal enum InformationCategory
{
    /// <summary>Published periodically, at least every six months (Pasal 9).</summary>
    Berkala,

    /// <summary>Published immediately: threats to life or public order, disasters (Pasal 10).</summary>
    SertaMerta,

    /// <summary>Available at any time (Pasal 11).</summary>
    SetiapSaat,
}

internal enum EntryStatus
{
    Draft,
    Published,

    /// <summary>Decided exempt (Pasal 17) after a consequence test: listed publicly by title and ground, its content never.</summary>
    Exempt,

    /// <summary>Taken out of the register, with a reason the public sees.</summary>
    Withdrawn,
}

/// <summary>In which form the information is available (the register's "bentuk informasi").</summary>
internal enum AvailableForm
{
    SoftCopy,
    HardCopy,
    Both,
}

/// <summary>What an officer writes about an entry: the columns of the DIP register.</summary>
internal sealed record EntryDetails(
    string Title,
    string Summary,
    InformationCategory Category,
    string HoldingUnit,
    string PersonResponsible,
    string? MadeWhen,
    string? MadeWhere,
    AvailableForm Form,
    string RetentionPeriod,
    int Year,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Links,
    string? ChecklistCode = null);

/// <summary>
/// One entry of an agency's register of public information (DIP): numbered per agency and year
/// (<c>DIP/2026/DISKOMINFO/0042</c>), written as a draft, then published, decided exempt, or withdrawn. Every change is
/// kept in its history; what happened after first publication is shown to readers of the entry.
/// </summary>
internal sealed class InformationEntry : IAgencyOwned
{
    private readonly List<EntryChange> history = [];
    private readonly List<EntryDocument> documents = [];
    private List<string> tags = [];
    private List<string> links = [];

    private InformationEntry()
    {
    }

    public Guid Id { get; private set; }

    public Guid AgencyId { get; private set; }

    /// <summary>The register year of <see cref="Number"/> (the year the entry was made), and its sequence in that year.</summary>
    public int NumberYear { get; private set; }

    public int Sequence { get; private set; }

    public string Number { get; private set; } = string.Empty;

    public string Title { get; private set; } = string.Empty;

    public string Summary { get; private set; } = string.Empty;

    public InformationCategory Category { get; private set; }

    public string HoldingUnit { get; private set; } = string.Empty;

    public string PersonResponsible { get; private set; } = string.Empty;

    public string? MadeWhen { get; private set; }

    public string? MadeWhere { get; private set; }

    public AvailableForm Form { get; private set; }

    public string RetentionPeriod { get; private set; } = string.Empty;

    /// <summary>The year the information is about (a 2025 budget entered in 2026 says 2025).</summary>
    public int Year { get; private set; }

    public IReadOnlyList<string> Tags => tags;

    public IReadOnlyList<string> Links => links;

    /// <summary>The berkala checklist item this entry answers for (<see cref="ChecklistItem"/>), berkala entries only.</summary>
    public string? ChecklistCode { get; private set; }

    public EntryStatus Status { get; private set; }

    public Exemption? Exemption { get; private set; }

    public string? WithdrawalReason { get; private set; }

    /// <summary>Until when a published serta merta entry is announced on every public page (null: not announced).</summary>
    public DateTime? AnnouncedUntil { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public DateTime? PublishedAt { get; private set; }

    public IReadOnlyList<EntryChange> History => history;

    public IReadOnlyList<EntryDocument> Documents => documents;

    /// <summary>The newest version of each document, in the order they were first added.</summary>
    public IEnumerable<EntryDocument> CurrentDocuments() =>
        documents.GroupBy(d => d.Series).Select(g => g.MaxBy(d => d.Version)!).OrderBy(d => d.Series);

    public bool IsPublic => Status == EntryStatus.Published;

    public static string FormatNumber(int year, string agencyCode, int sequence) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"DIP/{year}/{agencyCode}/{sequence:D4}");

    public static InformationEntry Draft(Guid agencyId, string agencyCode, int sequence, EntryDetails details, Guid by, DateTime now)
    {
        var entry = new InformationEntry
        {
            Id = Guid.CreateVersion7(),
            AgencyId = agencyId,
            NumberYear = now.Year,
            Sequence = sequence,
            Number = FormatNumber(now.Year, agencyCode, sequence),
            Status = EntryStatus.Draft,
            CreatedAt = now,
        };
        entry.Apply(details, now);
        entry.Record(EntryChangeKind.Drafted, by, null, now);
        return entry;
    }

    public void Update(EntryDetails details, Guid by, DateTime now)
    {
        EnsureNot(EntryStatus.Withdrawn, "A withdrawn entry cannot be changed. / Entri yang ditarik tidak dapat diubah.");
        Apply(details, now);
        Record(EntryChangeKind.Updated, by, null, now);
    }

    public void Publish(Guid by, DateTime now)
    {
        if (Status != EntryStatus.Draft)
        {
            throw new ConflictException($"Only a draft can be published; this entry is {Status}. / Hanya draf yang dapat diterbitkan.");
        }

        Status = EntryStatus.Published;
        PublishedAt ??= now;
        UpdatedAt = now;
        Record(EntryChangeKind.Published, by, null, now);
    }

    public void Withdraw(string reason, Guid by, DateTime now)
    {
        if (Status != EntryStatus.Published)
        {
            throw new ConflictException("Only a published entry can be withdrawn. / Hanya entri terbit yang dapat ditarik.");
        }

        Status = EntryStatus.Withdrawn;
        WithdrawalReason = reason;
        UpdatedAt = now;
        Record(EntryChangeKind.Withdrawn, by, reason, now);
    }

    /// <summary>
    /// Announces published serta merta information (a disaster, a threat to public order) on every public page until
    /// <paramref name="until"/>; announcing again moves the end.
    /// </summary>
    public void Announce(DateTime until, Guid by, DateTime now)
    {
        if (Category != InformationCategory.SertaMerta || Status != EntryStatus.Published)
        {
            throw new ConflictException("Only published serta merta information is announced. / Hanya informasi serta merta yang terbit yang dapat diumumkan.");
        }

        AnnouncedUntil = until;
        UpdatedAt = now;
        Record(EntryChangeKind.Announced, by, until.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture), now);
    }

    /// <summary>Records the decision that the information is exempt; a published entry leaves the public register at once.</summary>
    public void DeclareExempt(Exemption exemption, Guid by, DateTime now)
    {
        if (Status is not (EntryStatus.Draft or EntryStatus.Published))
        {
            throw new ConflictException("Only a draft or a published entry can be declared exempt. / Hanya draf atau entri terbit yang dapat dikecualikan.");
        }

        Status = EntryStatus.Exempt;
        Exemption = exemption;
        UpdatedAt = now;
        Record(EntryChangeKind.DeclaredExempt, by, exemption.Ground, now);
    }

    /// <summary>The exemption's period is over: the entry goes back to a draft for the agency to review and publish.</summary>
    public bool EndExemptionIfExpired(DateOnly today, DateTime now)
    {
        if (Status != EntryStatus.Exempt || Exemption is null || Exemption.Until >= today)
        {
            return false;
        }

        Status = EntryStatus.Draft;
        UpdatedAt = now;
        Record(EntryChangeKind.ExemptionEnded, Guid.Empty, Exemption.Until.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), now);
        return true;
    }

    /// <summary>Adds a document, or a new version of one (<paramref name="series"/> of an earlier document); earlier versions stay.</summary>
    public EntryDocument AddDocument(int? series, string fileName, string extension, string contentType, long size, string text, Guid by, DateTime now)
    {
        EnsureNot(EntryStatus.Withdrawn, "A withdrawn entry takes no documents. / Entri yang ditarik tidak menerima dokumen.");
        if (documents.Count >= EntryLimits.Documents)
        {
            throw new ConflictException($"An entry holds at most {EntryLimits.Documents} document versions. / Paling banyak {EntryLimits.Documents} versi dokumen per entri.");
        }

        int version = 1;
        if (series is { } s)
        {
            var earlier = documents.Where(d => d.Series == s).ToList();
            if (earlier.Count == 0)
            {
                throw new NotFoundException($"No document {s} on this entry. / Dokumen {s} tidak ada pada entri ini.");
            }

            version = earlier.Max(d => d.Version) + 1;
        }

        var document = new EntryDocument(
            Guid.CreateVersion7(), series ?? (documents.Count == 0 ? 1 : documents.Max(d => d.Series) + 1), version, fileName, contentType, size, text, now, $"ppid/{Id:N}", extension);
        documents.Add(document);
        UpdatedAt = now;
        Record(version == 1 ? EntryChangeKind.DocumentAdded : EntryChangeKind.DocumentVersionAdded, by, fileName, now);
        return document;
    }

    private void Apply(EntryDetails details, DateTime now)
    {
        Title = details.Title.Trim();
        Summary = details.Summary.Trim();
        Category = details.Category;
        HoldingUnit = details.HoldingUnit.Trim();
        PersonResponsible = details.PersonResponsible.Trim();
        MadeWhen = details.MadeWhen?.Trim();
        MadeWhere = details.MadeWhere?.Trim();
        Form = details.Form;
        RetentionPeriod = details.RetentionPeriod.Trim();
        Year = details.Year;
        tags = [.. details.Tags.Select(t => t.Trim().ToLowerInvariant()).Where(t => t.Length > 0).Distinct()];
        links = [.. details.Links.Select(l => l.Trim()).Where(l => l.Length > 0).Distinct()];
        ChecklistCode = Category == InformationCategory.Berkala && !string.IsNullOrWhiteSpace(details.ChecklistCode) ? details.ChecklistCode.Trim() : null;
        UpdatedAt = now;
    }

    private void EnsureNot(EntryStatus status, string message)
    {
        if (Status == status)
        {
            throw new ConflictException(message);
        }
    }

    private void Record(EntryChangeKind kind, Guid by, string? note, DateTime at) =>
        history.Add(new EntryChange(history.Count + 1, kind, by, note, at));
}

internal enum EntryChangeKind
{
    Drafted,
    Updated,
    Published,
    DocumentAdded,
    DocumentVersionAdded,
    Withdrawn,
    DeclaredExempt,
    ExemptionEnded,
    Announced,
}

/// <summary>One line of an entry's history. <see cref="By"/> is the account that made the change (empty: the system), shown to staff only.</summary>
internal sealed record EntryChange(int Sequence, EntryChangeKind Kind, Guid By, string? Note, DateTime At);

/// <summary>
/// The decision that information is exempt (Pasal 17, with the consequence test of Pasal 19): the ground, the harm
/// disclosure would cause, why the public interest does not outweigh it, until when, who decided and when.
/// </summary>
internal sealed record Exemption(string Ground, string Harm, string PublicInterest, DateOnly Until, string DecidedBy, DateOnly DecidedOn);

/// <summary>
/// A version of a document of an entry. <see cref="Series"/> numbers the documents of the entry; each new upload to a
/// series is its next <see cref="Version"/>. <see cref="Text"/> is what search reads (extracted from PDF or Office files).
/// </summary>
internal sealed class EntryDocument
{
    private EntryDocument()
    {
    }

    public EntryDocument(Guid id, int series, int version, string fileName, string contentType, long size, string text, DateTime uploadedAt, string storageKeyPrefix, string extension)
    {
        Id = id;
        Series = series;
        Version = version;
        FileName = fileName;
        ContentType = contentType;
        Size = size;
        Text = text;
        UploadedAt = uploadedAt;
        StorageKey = $"{storageKeyPrefix}/{id:N}{extension}";
    }

    public Guid Id { get; private set; }

    public int Series { get; private set; }

    public int Version { get; private set; }

    public string FileName { get; private set; } = string.Empty;

    public string ContentType { get; private set; } = string.Empty;

    public long Size { get; private set; }

    public string Text { get; private set; } = string.Empty;

    public DateTime UploadedAt { get; private set; }

    public string StorageKey { get; private set; } = string.Empty;
}
