namespace AspirasiEtam.Modules.PublicInformation.Domain;

/// <summary>
/// What the public may read of a published entry, and what search looks in: one row per published entry, written in
/// the same save as the entry (so the register and its search never disagree), removed when the entry is withdrawn
/// or declared exempt. Drafts and exempt entries never have a row, so no public query can reach their text — the
/// full-text index (FTS5 on SQLite, full-text on SQL Server) is built over this table alone.
/// </summary>
internal sealed class PublicEntry
{
    private PublicEntry()
    {
    }

    /// <summary>The row id the full-text index points to (SQLite's rowid; SQL Server's full-text key).</summary>
    public long Id { get; private set; }

    public Guid EntryId { get; private set; }

    public Guid AgencyId { get; private set; }

    public string AgencyCode { get; private set; } = string.Empty;

    public string AgencyName { get; private set; } = string.Empty;

    public string Number { get; private set; } = string.Empty;

    public InformationCategory Category { get; private set; }

    public int Year { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public string Summary { get; private set; } = string.Empty;

    /// <summary>The entry's tags separated by spaces, for search.</summary>
    public string Tags { get; private set; } = string.Empty;

    /// <summary>The text of the entry's current documents, for search (never shown whole).</summary>
    public string DocumentText { get; private set; } = string.Empty;

    public DateTime PublishedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public static PublicEntry For(Guid entryId) => new() { EntryId = entryId };

    public void CopyFrom(InformationEntry entry, PpidAgency agency)
    {
        AgencyId = entry.AgencyId;
        AgencyCode = agency.Code;
        AgencyName = agency.Name;
        Number = entry.Number;
        Category = entry.Category;
        Year = entry.Year;
        Title = entry.Title;
        Summary = entry.Summary;
        Tags = string.Join(' ', entry.Tags);
        var text = string.Join("\n", entry.CurrentDocuments().Select(d => d.Text));
        DocumentText = text.Length > EntryLimits.DocumentText ? text[..EntryLimits.DocumentText] : text;
        PublishedAt = entry.PublishedAt ?? entry.UpdatedAt;
        UpdatedAt = entry.UpdatedAt;
    }
}
