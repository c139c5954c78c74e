namespace AspirasiEtam.Modules.Aspirations.Features;

/// <summary>Finds a report by a tracking code as its holder typed it, or answers 404.</summary>
internal static class TrackingLookup
{
    public static NotFoundException NotFound() => new("No report has this tracking code. / Kode pelacakan tidak ditemukan.");

    public static async Task<Submission> FindByTrackingCodeAsync(this IQueryable<Submission> submissions, string? trackingCode, CancellationToken cancellationToken) =>
        TrackingCode.Normalize(trackingCode) is { } code
            ? await submissions.FirstOrDefaultAsync(s => s.TrackingCode == code, cancellationToken) ?? throw NotFound()
            : throw NotFound();
}
