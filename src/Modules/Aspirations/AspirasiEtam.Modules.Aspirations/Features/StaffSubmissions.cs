using System.Linq.Expressions;
using System.Text.Json.Serialization;
using AspirasiEtam.Modules.Aspirations.Notifications;
using AspirasiEtam.Shared.Persistence;

namespace AspirasiEtam.Modules.Aspirations.Features;

/// <summary>
/// A submission as staff see it. The reporter is present only for PPID Utama, and for the agency's staff when
/// the reporter did not ask for anonymity; otherwise the field is absent from the answer, not just empty.
/// </summary>
internal sealed record StaffSubmission(
    Guid Id, string TrackingCode, string Kind, string Title, string Description, string CategoryCode, string? Regency, string? LocationText,
    string Privacy, string Channel, string Status,
    Guid? AgencyId, Guid? SuggestedAgencyId, Guid? AssignedOfficerId, DateTime? SubmittedAt, DateTime? DueAt, bool IsOverdue,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Reporter? Reporter,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<StaffTimelineEntry>? Timeline,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<StaffAttachment>? Attachments);

internal sealed record StaffAttachment(Guid Id, string FileName, string ContentType, long Size, bool FromAgency);

internal sealed record StaffTimelineEntry(DateTime At, string Kind, string Text, bool IsInternal);

/// <summary>The columns of a report a staff list needs: projected in SQL, without the timeline and files.</summary>
internal sealed record StaffRow(
    Guid Id, string TrackingCode, SubmissionKind Kind, string Title, string Description, string CategoryCode, string? Regency, string? LocationText,
    Privacy Privacy, SubmissionChannel Channel, SubmissionStatus Status,
    Guid? AgencyId, Guid? SuggestedAgencyId, Guid? AssignedOfficerId, DateTime? SubmittedAt, DateTime? DueAt, DateTime CreatedAt,
    Reporter Reporter)
{
    /// <summary>One definition of the staff row: translated to SQL for lists, compiled for an aggregate already in memory.</summary>
    public static readonly Expression<Func<Submission, StaffRow>> Of = s => new StaffRow(
        s.Id, s.TrackingCode, s.Kind, s.Title, s.Description, s.CategoryCode, s.Regency, s.LocationText, s.Privacy, s.Channel, s.Status,
        s.AgencyId, s.SuggestedAgencyId, s.AssignedOfficerId, s.SubmittedAt, s.DueAt, s.CreatedAt,
        // Member by member: projecting the complex type whole makes EF Core select every column of the report.
        new Reporter(s.Reporter.UserId, s.Reporter.Name, s.Reporter.Email, s.Reporter.Phone));

    public static readonly Func<Submission, StaffRow> OfInMemory = Of.Compile();
}

/// <summary>
/// The reports in the caller's scope (<see cref="SubmissionsInScope"/>) and how staff see them: what every staff use
/// case shares — finding a report or answering 404, and the privacy-shaped view. Who may send each step is
/// the request's <c>[Authorize]</c> policy.
/// </summary>
internal sealed class StaffSubmissions(AspirationsDbContext context, ICurrentUser currentUser, Deadlines deadlines, ReporterNotifier notifier)
{
    public Guid Actor => currentUser.UserId ?? Guid.Empty;

    /// <summary>The reports the caller may read (a province-wide supervisor reads all).</summary>
    public IQueryable<Submission> InScope(IQueryable<Submission> submissions) =>
        submissions.WithSpecification(new SubmissionsInScope(currentUser.HasProvinceScope, currentUser.AgencyIds));

    /// <summary>The reports the caller may change: its own agencies', or all for PPID Utama; never widened by a province-wide flag.</summary>
    public IQueryable<Submission> InWorkScope(IQueryable<Submission> submissions) =>
        submissions.WithSpecification(new SubmissionsInScope(currentUser.HasProvinceWorkScope, currentUser.AgencyIds));

    /// <summary>A report to read, or 404.</summary>
    public Task<Submission> FindAsync(Guid id, CancellationToken cancellationToken) => FindInAsync(InScope(context.Submissions), id, cancellationToken);

    /// <summary>A report to work on, or 404.</summary>
    public Task<Submission> FindForWorkAsync(Guid id, CancellationToken cancellationToken) => FindInAsync(InWorkScope(context.Submissions), id, cancellationToken);

    private static async Task<Submission> FindInAsync(IQueryable<Submission> scope, Guid id, CancellationToken cancellationToken) =>
        await scope.FirstOrDefaultAsync(s => s.Id == id, cancellationToken)
        ?? throw new NotFoundException($"No submission {id} in your scope. / Laporan {id} tidak ada dalam cakupan Anda.");

    /// <summary>Saves the step, tells the reporter, and answers with the report's whole timeline.</summary>
    public async Task<StaffSubmission> SaveAndNotifyAsync(Submission submission, CancellationToken cancellationToken)
    {
        await context.SaveChangesAsync(cancellationToken);
        await notifier.StatusChangedAsync(submission, cancellationToken);
        return View(submission, withTimeline: true);
    }

    public StaffSubmission View(Submission s, bool withTimeline) =>
        View(
            StaffRow.OfInMemory(s),
            withTimeline ? s.Timeline.OrderBy(t => t.Sequence).Select(t => new StaffTimelineEntry(t.At, t.Kind.ToString(), t.Text, t.IsInternal)).ToList() : null,
            withTimeline ? s.Attachments.OrderBy(a => a.FromAgency).ThenBy(a => a.FileName, StringComparer.Ordinal).Select(a => new StaffAttachment(a.Id, a.FileName, a.ContentType, a.Size, a.FromAgency)).ToList() : null);

    public StaffSubmission View(StaffRow s, IReadOnlyList<StaffTimelineEntry>? timeline, IReadOnlyList<StaffAttachment>? attachments)
    {
        // The identity of an anonymous reporter is for PPID Utama only; agency staff see it when not anonymous.
        var seesReporter = currentUser.IsInRole(Roles.MainOffice) || (s.Privacy != Privacy.Anonymous && s.AgencyId is { } a && currentUser.AgencyIds.Contains(a));
        return new StaffSubmission(
            s.Id, s.TrackingCode, s.Kind.ToString(), s.Title, s.Description, s.CategoryCode, s.Regency, s.LocationText, s.Privacy.ToString(), s.Channel.ToString(),
            s.Status.ToString(), s.AgencyId, s.SuggestedAgencyId, s.AssignedOfficerId, s.SubmittedAt, s.DueAt, Submission.IsOverdueAt(s.Status, s.DueAt, deadlines.Now),
            seesReporter ? s.Reporter : null,
            timeline,
            attachments);
    }
}

/// <summary>The body of a staff step that takes only a text (a response, a reason).</summary>
internal sealed record TextRequest(string? Text);

internal static class StaffStepRoutes
{
    /// <summary>
    /// A workflow step on one report, posted with a body: 200 with the report as staff see it, 400 for a bad field,
    /// 404 outside the caller's scope, 409 when the report's state does not allow the step.
    /// </summary>
    public static RouteHandlerBuilder MapStep<TBody>(this IEndpointRouteBuilder group, string pattern, Func<Guid, TBody, IRequest<StaffSubmission>> step) =>
        group.MapPost(pattern, async Task<Ok<StaffSubmission>> (Guid id, TBody body, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(step(id, body), ct)))
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
