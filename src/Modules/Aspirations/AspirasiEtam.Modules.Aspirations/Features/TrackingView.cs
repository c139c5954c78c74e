namespace AspirasiEtam.Modules.Aspirations.Features;

/// <summary>
/// What the holder of a tracking code sees: the report and its public timeline. Shaped without any reporter
/// field, so nothing of the identity can leak from this page, even for a shared or guessed code.
/// </summary>
internal sealed record TrackedSubmission(
    string TrackingCode, string Kind, string Title, string Description, string CategoryCode, string? Regency, bool Anonymous, bool Confidential,
    string Status, string? AgencyName, DateTime CreatedAt, DateTime? SubmittedAt, DateTime? DueAt, DateOnly? TargetDate, string? TargetReason,
    bool CanReply, bool CanRate, int? Rating,
    string? InformationRequestNumber,
    IReadOnlyList<PublicTimelineEntry> Timeline, IReadOnlyList<TrackedAttachment> Attachments);

internal sealed record TrackedAttachment(Guid Id, string FileName, string ContentType, long Size, bool FromAgency);

/// <summary>A public step of the history; <paramref name="Note"/> is what a person wrote with a step of the system (a reason).</summary>
internal sealed record PublicTimelineEntry(DateTime At, string Kind, string Text, string? Note);

/// <summary>Reads the tracking view; the answer of tracking, replying and rating alike.</summary>
internal static class TrackingView
{
    // The hot read of the public side: compiled once, no change tracking, only the public columns and rows, one
    // SQL statement (the agency's name and both collections come with the row).
    private static readonly Func<AspirationsDbContext, string, CancellationToken, Task<TrackingRow?>> ByCode =
        EF.CompileAsyncQuery((AspirationsDbContext db, string code, CancellationToken _) => db.Submissions
            .Where(s => s.TrackingCode == code)
            .Select(s => new TrackingRow(
                s.TrackingCode, s.Kind, s.Title, s.Description, s.CategoryCode, s.Regency, s.Privacy.Anonymous, s.Privacy.Confidential, s.Status,
                db.DispatchAgencies.Where(a => a.Id == s.AgencyId).Select(a => a.Name).FirstOrDefault(),
                s.CreatedAt, s.SubmittedAt, s.DueAt, s.TargetDate, s.TargetReason, s.Rating, s.InformationRequestNumber,
                s.Timeline.Where(t => !t.IsInternal).OrderBy(t => t.Sequence).Select(t => new TimelineRow(t.At, t.Kind, t.Text, t.Note)).ToList(),
                s.Attachments.Select(a => new TrackedAttachment(a.Id, a.FileName, a.ContentType, a.Size, a.FromAgency)).ToList()))
            .FirstOrDefault());

    /// <summary>The view of the report with this (normalised) code, or 404.</summary>
    public static async Task<TrackedSubmission> LoadAsync(AspirationsDbContext context, string? code, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var s = (code is null ? null : await ByCode(context, code, cancellationToken)) ?? throw TrackingLookup.NotFound();
        var nowUtc = now.UtcDateTime;
        return new TrackedSubmission(
            s.TrackingCode, s.Kind.ToString(), s.Title, s.Description, s.CategoryCode, s.Regency, s.Anonymous, s.Confidential, s.Status.ToString(), s.AgencyName,
            s.CreatedAt, s.SubmittedAt, s.DueAt, s.TargetDate, s.TargetReason,
            CanReply: s.Status == SubmissionStatus.Responded && s.DueAt > nowUtc,
            CanRate: s.Status is SubmissionStatus.Responded or SubmissionStatus.Closed && s.Rating is null && s.Timeline.Exists(t => t.Kind == TimelineKind.Response),
            s.Rating,
            s.InformationRequestNumber,
            s.Timeline.ConvertAll(t => new PublicTimelineEntry(t.At, t.Kind.ToString(), t.Text, t.Note)),
            [.. s.Attachments.OrderBy(a => a.FromAgency).ThenBy(a => a.FileName, StringComparer.Ordinal)]);
    }

    private sealed record TrackingRow(
        string TrackingCode, SubmissionKind Kind, string Title, string Description, string CategoryCode, string? Regency, bool Anonymous, bool Confidential,
        SubmissionStatus Status, string? AgencyName, DateTime CreatedAt, DateTime? SubmittedAt, DateTime? DueAt, DateOnly? TargetDate, string? TargetReason, int? Rating, string? InformationRequestNumber,
        List<TimelineRow> Timeline, List<TrackedAttachment> Attachments);

    private sealed record TimelineRow(DateTime At, TimelineKind Kind, string Text, string? Note);
}
