using AspirasiEtam.Modules.Aspirations.Contracts;
using AspirasiEtam.Modules.Aspirations.Domain;
using AspirasiEtam.Modules.Aspirations.Persistence;
using AspirasiEtam.Modules.Aspirations.Workflow;
using AspirasiEtam.Shared.Domain;
using AspirasiEtam.Shared.Messaging;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace AspirasiEtam.Modules.Aspirations.Features.Track;

/// <summary>
/// What the holder of a tracking code sees: the report and its public timeline. Shaped without any reporter
/// field, so nothing of the identity can leak from this page, even for a shared or guessed code.
/// </summary>
internal sealed record TrackSubmission(string? TrackingCode) : IRequest<TrackedSubmission>;

internal sealed record TrackedSubmission(
    string TrackingCode,
    string Kind,
    string Title,
    string Description,
    string CategoryCode,
    string? Regency,
    string Privacy,
    string Status,
    string? AgencyName,
    DateTime CreatedAt,
    DateTime? SubmittedAt,
    DateTime? DueAt,
    bool CanReply,
    bool CanRate,
    int? Rating,
    IReadOnlyList<PublicTimelineEntry> Timeline,
    IReadOnlyList<TrackedAttachment> Attachments);

internal sealed record TrackedAttachment(Guid Id, string FileName, string ContentType, long Size, bool FromAgency);

internal sealed record PublicTimelineEntry(DateTime At, string Kind, string Text);

/// <summary>The reporter answers the agency's response within the reply window; reopen sends it back to the agency.</summary>
internal sealed record ReplyToResponse(string? TrackingCode, string? Text, bool Reopen) : IRequest<TrackedSubmission>;

/// <summary>The reporter rates the final response, 1 to 5, once.</summary>
internal sealed record RateResponse(string? TrackingCode, int Stars, string? Comment) : IRequest<TrackedSubmission>;

internal sealed class ReplyToResponseValidator : AbstractValidator<ReplyToResponse>
{
    public ReplyToResponseValidator() =>
        RuleFor(r => r.Text).NotEmpty().WithMessage("Tulis tanggapan Anda. / Write your reply.").MaximumLength(SubmissionLimits.Note);
}

internal sealed class RateResponseValidator : AbstractValidator<RateResponse>
{
    public RateResponseValidator()
    {
        RuleFor(r => r.Stars).InclusiveBetween(1, 5).WithMessage("Nilai 1 sampai 5. / Rate from 1 to 5.");
        RuleFor(r => r.Comment).MaximumLength(SubmissionLimits.Comment);
    }
}

internal sealed class TrackingHandlers(AspirationsDbContext context, Deadlines deadlines, ReporterNotifier notifier)
    : IRequestHandler<TrackSubmission, TrackedSubmission>, IRequestHandler<ReplyToResponse, TrackedSubmission>, IRequestHandler<RateResponse, TrackedSubmission>
{
    // The hot read of the public side: compiled once, no change tracking, only the public columns and rows, one
    // SQL statement (the agency's name and both collections come with the row).
    private static readonly Func<AspirationsDbContext, string, CancellationToken, Task<TrackingRow?>> TrackingView =
        EF.CompileAsyncQuery((AspirationsDbContext db, string code, CancellationToken _) => db.Submissions
            .Where(s => s.TrackingCode == code)
            .Select(s => new TrackingRow(
                s.TrackingCode, s.Kind, s.Title, s.Description, s.CategoryCode, s.Regency, s.Privacy, s.Status,
                db.DispatchAgencies.Where(a => a.Id == s.AgencyId).Select(a => a.Name).FirstOrDefault(),
                s.CreatedAt, s.SubmittedAt, s.DueAt, s.Rating,
                s.Timeline.Where(t => !t.IsInternal).OrderBy(t => t.Sequence).Select(t => new TimelineRow(t.At, t.Kind, t.Text)).ToList(),
                s.Attachments.Select(a => new TrackedAttachment(a.Id, a.FileName, a.ContentType, a.Size, a.FromAgency)).ToList()))
            .FirstOrDefault());

    public Task<TrackedSubmission> Handle(TrackSubmission request, CancellationToken cancellationToken) =>
        ViewAsync(TrackingCode.Normalize(request.TrackingCode), cancellationToken);

    public async Task<TrackedSubmission> Handle(ReplyToResponse request, CancellationToken cancellationToken)
    {
        var submission = await context.Submissions.FindByTrackingCodeAsync(request.TrackingCode, cancellationToken);
        submission.Reply(request.Text!, request.Reopen, deadlines.Now, await deadlines.FollowUpDueAsync());
        await context.SaveChangesAsync(cancellationToken);
        if (request.Reopen)
        {
            await notifier.StatusChangedAsync(submission, cancellationToken);
        }

        return await ViewAsync(submission.TrackingCode, cancellationToken);
    }

    public async Task<TrackedSubmission> Handle(RateResponse request, CancellationToken cancellationToken)
    {
        var submission = await context.Submissions.FindByTrackingCodeAsync(request.TrackingCode, cancellationToken);
        submission.Rate(request.Stars, request.Comment, deadlines.Now);
        await context.SaveChangesAsync(cancellationToken);
        return await ViewAsync(submission.TrackingCode, cancellationToken);
    }

    private async Task<TrackedSubmission> ViewAsync(string? code, CancellationToken cancellationToken)
    {
        var s = (code is null ? null : await TrackingView(context, code, cancellationToken)) ?? throw TrackingLookup.NotFound();
        var now = deadlines.Now.UtcDateTime;
        return new TrackedSubmission(
            s.TrackingCode, s.Kind.ToString(), s.Title, s.Description, s.CategoryCode, s.Regency, s.Privacy.ToString(), s.Status.ToString(), s.AgencyName,
            s.CreatedAt, s.SubmittedAt, s.DueAt,
            CanReply: s.Status == SubmissionStatus.Responded && s.DueAt > now,
            CanRate: s.Status is SubmissionStatus.Responded or SubmissionStatus.Closed && s.Rating is null && s.Timeline.Exists(t => t.Kind == TimelineKind.Response),
            s.Rating,
            s.Timeline.ConvertAll(t => new PublicTimelineEntry(t.At, t.Kind.ToString(), t.Text)),
            [.. s.Attachments.OrderBy(a => a.FromAgency).ThenBy(a => a.FileName, StringComparer.Ordinal)]);
    }

    private sealed record TrackingRow(
        string TrackingCode,
        SubmissionKind Kind,
        string Title,
        string Description,
        string CategoryCode,
        string? Regency,
        Privacy Privacy,
        SubmissionStatus Status,
        string? AgencyName,
        DateTime CreatedAt,
        DateTime? SubmittedAt,
        DateTime? DueAt,
        int? Rating,
        List<TimelineRow> Timeline,
        List<TrackedAttachment> Attachments);

    private sealed record TimelineRow(DateTime At, TimelineKind Kind, string Text);
}

/// <summary>Finds a report by a tracking code as its holder typed it, or answers 404.</summary>
internal static class TrackingLookup
{
    public static NotFoundException NotFound() => new("No report has this tracking code. / Kode pelacakan tidak ditemukan.");

    public static async Task<Submission> FindByTrackingCodeAsync(this IQueryable<Submission> submissions, string? trackingCode, CancellationToken cancellationToken) =>
        TrackingCode.Normalize(trackingCode) is { } code
            ? await submissions.FirstOrDefaultAsync(s => s.TrackingCode == code, cancellationToken) ?? throw NotFound()
            : throw NotFound();
}
