namespace AspirasiEtam.Modules.PublicInformation.Domain;

/// <summary>
/// One of an agency PPID's pages (profile, structure, service pledge, SOP, regulations, fees, contact), written in
/// Markdown: officers keep a draft and preview it; publishing copies the draft, rendered and sanitized, to what the
/// public reads. PPID Utama's pages are those of the agency that hosts it.
/// </summary>
internal sealed class PpidPage
{
    private PpidPage()
    {
    }

    public Guid AgencyId { get; private set; }

    public string Slug { get; private set; } = string.Empty;

    public string DraftMarkdown { get; private set; } = string.Empty;

    public string? PublishedHtml { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public DateTime? PublishedAt { get; private set; }

    public static PpidPage Create(Guid agencyId, string slug) => new() { AgencyId = agencyId, Slug = slug };

    public void SaveDraft(string markdown, DateTime now)
    {
        DraftMarkdown = markdown;
        UpdatedAt = now;
    }

    /// <summary>Publishes the draft as <paramref name="html"/> (rendered and sanitized by the caller).</summary>
    public void Publish(string html, DateTime now)
    {
        PublishedHtml = html;
        PublishedAt = now;
    }
}

/// <summary>The pages every PPID keeps (Perki 1/2021: profile, structure, service pledge, SOP, regulations, fees, contact).</summary>
internal static class PpidPageKinds
{
    public static IReadOnlyList<(string Slug, string Indonesian, string English)> All { get; } =
    [
        ("profil", "Profil PPID", "PPID profile"),
        ("struktur", "Struktur organisasi PPID", "PPID structure"),
        ("maklumat", "Maklumat pelayanan", "Service pledge"),
        ("sop", "Standar operasional prosedur", "Standard operating procedures"),
        ("regulasi", "Regulasi", "Regulations"),
        ("biaya", "Biaya layanan informasi", "Information service fees"),
        ("kontak", "Kontak PPID", "PPID contact"),
    ];

    public static bool Exists(string? slug) => All.Any(k => k.Slug == slug);
}
