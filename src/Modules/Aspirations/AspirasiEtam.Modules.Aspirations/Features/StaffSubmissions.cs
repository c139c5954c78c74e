using System.Linq.Expressions;
using System.Text.Json.Serialization;
using AspirasiEtam.Modules.Aspirations.Notifications;
using AspirasiEtam.Shared.Persistence;

namespace AspirasiEtam.Modules.Aspirations.Features;

/// <summary>
/// A submission as staff see it, named by its report number (never the tracking code, the reporter's credential).
/// The reporter is present whole only for PPID Utama; the handling agency's staff see the name when the reporter
/// is not anonymous, and the contact details only when the reporter agreed. Otherwise the field is absent from
/// the answer, not just empty. The public title and description are what the feed shows (null: the original).
/// </summary>
internal sealed record StaffSubmission(
    Guid Id, string ReportNumber, string Kind, string Title, string Description, string? PublicTitle, string? PublicDescription,
    string CategoryCode, string? Regency, string? LocationText, DateOnly? EventDate,
    bool Anonymous, bool Confidential, bool ContactShared, string Channel, string Status,
    Guid? AgencyId, Guid? SuggestedAgencyId, Guid? AssignedOfficerId, DateTime? SubmittedAt, DateTime? DueAt, bool IsOverdue,
    DateOnly? TargetDate, string? TargetReason,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Reporter? Reporter,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<StaffTimelineEntry>? Timeline,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<StaffAttachment>? Attachments);

internal sealed record StaffAttachment(Guid Id, string FileName, string ContentType, long Size, bool FromAgency);

/// <summary>A step of the history; <paramref name="Note"/> is what a person wrote with a step of the system (a reason).</summary>
internal sealed record StaffTimelineEntry(DateTime At, string Kind, string Text, bool IsInternal, string? Note);

/// <summary>The columns of a report a staff list needs: projected in SQL, without the timeline and files.</summary>
internal sealed record StaffRow(
    Guid Id, string ReportNumber, SubmissionKind Kind, string Title, string Description, string? PublicTitle, string? PublicDescription,
    string CategoryCode, string? Regency, string? LocationText, DateOnly? EventDate,
    bool Anonymous, bool Confidential, bool ContactShared, SubmissionChannel Channel, SubmissionStatus Status,
    Guid? AgencyId, Guid? SuggestedAgencyId, Guid? AssignedOfficerId, DateTime? SubmittedAt, DateTime? DueAt, DateTime CreatedAt,
    DateOnly? TargetDate, string? TargetReason, Reporter Reporter)
{
    /// <summary>One definition of the staff row: translated to SQL for lists, compiled for an aggregate already in memory.</summary>
    public static readonly Expression<Func<Submission, StaffRow>> Of = s => new StaffRow(
        s.Id, s.ReportNumber, s.Kind, s.Title, s.Description, s.PublicTitle, s.PublicDescription, s.CategoryCode, s.Regency, s.LocationText, s.EventDate,
        s.Privacy.Anonymous, s.Privacy.Confidential, s.Privacy.ContactShared, s.Channel, s.Status,
        s.AgencyId, s.SuggestedAgencyId, s.AssignedOfficerId, s.SubmittedAt, s.DueAt, s.CreatedAt, s.TargetDate, s.TargetReason,
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

    /// <summary>The report as the caller sees it when a step with this key was already taken on it, else null.</summary>
    public async Task<StaffSubmission?> StepTakenAsync(Guid id, string key, CancellationToken cancellationToken) =>
        await InScope(context.Submissions).Where(s => s.Id == id).SelectMany(s => s.Timeline)
            .AnyAsync(t => EF.Property<string?>(t, StepKeyStamp.Column) == key, cancellationToken)
            ? View(await FindAsync(id, cancellationToken), withTimeline: true)
            : null;

    /// <summary>A report to work on, or 404.</summary>
    public Task<Submission> FindForWorkAsync(Guid id, CancellationToken cancellationToken) => FindInAsync(InWorkScope(context.Submissions), id, cancellationToken);

    private static async Task<Submission> FindInAsync(IQueryable<Submission> scope, Guid id, CancellationToken cancellationToken) =>
        await scope.FirstOrDefaultAsync(s => s.Id == id, cancellationToken)
        ?? throw new NotFoundException($"No submission {id} in your scope. / Laporan {id} tidak ada dalam cakupan Anda.");

    /// <summary>Saves a step the reporter is not told of, and answers with the report's whole timeline.</summary>
    public async Task<StaffSubmission> SaveAsync(Submission submission, CancellationToken cancellationToken)
    {
        await context.SaveChangesAsync(cancellationToken);
        return View(submission, withTimeline: true);
    }

    /// <summary>Saves the step, tells the reporter, and answers with the report's whole timeline.</summary>
    public async Task<StaffSubmission> SaveAndNotifyAsync(Submission submission, CancellationToken cancellationToken)
    {
        notifier.StatusChanged(context, submission, deadlines.Now);
        await context.SaveChangesAsync(cancellationToken);
        return View(submission, withTimeline: true);
    }

    public StaffSubmission View(Submission s, bool withTimeline) =>
        View(
            StaffRow.OfInMemory(s),
            withTimeline
                ? s.Timeline.Where(t => t.IsVisibleTo(currentUser.HasProvinceScope, currentUser.AgencyIds)).OrderBy(t => t.Sequence)
                    .Select(t => new StaffTimelineEntry(t.At, t.Kind.ToString(), t.Text, t.IsInternal, t.Note)).ToList()
                : null,
            withTimeline ? s.Attachments.OrderBy(a => a.FromAgency).ThenBy(a => a.FileName, StringComparer.Ordinal).Select(a => new StaffAttachment(a.Id, a.FileName, a.ContentType, a.Size, a.FromAgency)).ToList() : null);

    public StaffSubmission View(StaffRow s, IReadOnlyList<StaffTimelineEntry>? timeline, IReadOnlyList<StaffAttachment>? attachments)
    {
        return new StaffSubmission(
            s.Id, s.ReportNumber, s.Kind.ToString(), s.Title, s.Description, s.PublicTitle, s.PublicDescription, s.CategoryCode, s.Regency, s.LocationText, s.EventDate,
            s.Anonymous, s.Confidential, s.ContactShared, s.Channel.ToString(),
            s.Status.ToString(), s.AgencyId, s.SuggestedAgencyId, s.AssignedOfficerId, s.SubmittedAt, s.DueAt, Submission.IsOverdueAt(s.Status, s.DueAt, deadlines.Now),
            s.TargetDate, s.TargetReason,
            ReporterFor(s),
            timeline,
            attachments);
    }

    /// <summary>
    /// PPID Utama sees the reporter whole. The handling agency's staff see the name unless the reporter is anonymous,
    /// and the contact details only with the reporter's consent; nobody else sees anything of the reporter.
    /// </summary>
    private Reporter? ReporterFor(StaffRow s)
    {
        if (currentUser.IsInRole(Roles.MainOffice))
        {
            return s.Reporter;
        }

        if (s.Anonymous || s.AgencyId is not { } agency || !currentUser.AgencyIds.Contains(agency))
        {
            return null;
        }

        return s.ContactShared ? s.Reporter with { UserId = null } : new Reporter(null, s.Reporter.Name, null, null);
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
    /// <remarks>
    /// With an <c>Idempotency-Key</c> header the step's timeline entry keeps the key (<see cref="StepKeyStamp"/>): the same
    /// key again — a retry after a lost answer — answers the report as it is, without taking the step twice.
    /// </remarks>
    public static RouteHandlerBuilder MapStep<TBody>(this IEndpointRouteBuilder group, string pattern, Func<Guid, TBody, IRequest<StaffSubmission>> step) =>
        group.MapPost(pattern, async Task<Ok<StaffSubmission>> (Guid id, TBody body, HttpContext http, IMediator mediator, StaffSubmissions staff, CancellationToken ct) =>
            {
                if (http.Request.Headers[IdempotencyKeys.Header] is { Count: > 0 } header)
                {
                    var key = header.ToString();
                    if (!IdempotencyKeys.IsWellFormed(key))
                    {
                        throw new InvalidFieldException("idempotencyKey", IdempotencyKeys.Message);
                    }

                    if (await staff.StepTakenAsync(id, key, ct) is { } earlier)
                    {
                        return TypedResults.Ok(earlier);
                    }

                    StepKeyStamp.Remember(http, key);
                }

                return TypedResults.Ok(await mediator.Send(step(id, body), ct));
            })
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
