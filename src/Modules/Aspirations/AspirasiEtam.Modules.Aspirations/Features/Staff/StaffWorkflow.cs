using System.Linq.Expressions;
using System.Text.Json.Serialization;
using AspirasiEtam.Modules.Aspirations.Contracts;
using AspirasiEtam.Modules.Aspirations.Domain;
using AspirasiEtam.Modules.Aspirations.Features.Submit;
using AspirasiEtam.Modules.Aspirations.Persistence;
using AspirasiEtam.Modules.Aspirations.Workflow;
using AspirasiEtam.Shared.Contracts;
using AspirasiEtam.Shared.Domain;
using AspirasiEtam.Shared.Messaging;
using AspirasiEtam.Shared.Web;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace AspirasiEtam.Modules.Aspirations.Features.Staff;

/// <summary>
/// A submission as staff see it. The reporter is present only for PPID Utama, and for the agency's staff when
/// the reporter did not ask for anonymity; otherwise the field is absent from the answer, not just empty.
/// </summary>
internal sealed record StaffSubmission(
    Guid Id,
    string TrackingCode,
    string Kind,
    string Title,
    string Description,
    string CategoryCode,
    string? Regency,
    string? LocationText,
    string Privacy,
    string Channel,
    string Status,
    Guid? AgencyId,
    Guid? SuggestedAgencyId,
    Guid? AssignedOfficerId,
    DateTime? SubmittedAt,
    DateTime? DueAt,
    bool IsOverdue,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Reporter? Reporter,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<StaffTimelineEntry>? Timeline,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<StaffAttachment>? Attachments);

internal sealed record StaffAttachment(Guid Id, string FileName, string ContentType, long Size, bool FromAgency);

internal sealed record StaffTimelineEntry(DateTime At, string Kind, string Text, bool IsInternal);

internal sealed record StaffPage(IReadOnlyList<StaffSubmission> Items, DateTime? NextBefore, Guid? NextBeforeId);

/// <summary>PPID Utama's inbox (any status, default new ones) and an agency's inbox (its agencies only).</summary>
internal sealed record ListSubmissions(bool MainOfficeInbox, Guid? AgencyId, string? Status, string? Category, string? Search, bool? Overdue, DateTime? Before, Guid? BeforeId, int PageSize = PagingRules.DefaultPageSize, bool AssignedToMe = false)
    : IRequest<StaffPage>;

internal sealed record GetStaffSubmission(Guid Id) : IRequest<StaffSubmission>;

internal sealed record DispatchSubmissions(IReadOnlyList<Guid> SubmissionIds, Guid AgencyId) : IRequest<IReadOnlyList<StaffSubmission>>;

internal sealed record RejectSubmission(Guid Id, string? Reason, string? DuplicateOfTrackingCode, string? Note) : IRequest<StaffSubmission>;

internal sealed record ConvertToInformationRequest(Guid Id) : IRequest<StaffSubmission>;

internal sealed record AddFollowUpNote(Guid Id, string? Text, bool Internal) : IRequest<StaffSubmission>;

internal sealed record RespondToSubmission(Guid Id, string? Text) : IRequest<StaffSubmission>;

internal sealed record ReturnNotOurAuthority(Guid Id, string? Reason) : IRequest<StaffSubmission>;

/// <summary>The agency assigns the follow-up to one of its active officers.</summary>
internal sealed record AssignOfficer(Guid Id, Guid OfficerId) : IRequest<StaffSubmission>;

internal sealed class ListSubmissionsValidator : AbstractValidator<ListSubmissions>
{
    public ListSubmissionsValidator()
    {
        RuleFor(q => q.Status).Must(s => Enum.TryParse<SubmissionStatus>(s, true, out _) && !int.TryParse(s, out _)).When(q => !string.IsNullOrEmpty(q.Status))
            .WithMessage($"Status tidak dikenal. / Status must be one of: {string.Join(", ", Enum.GetNames<SubmissionStatus>())}.");
        RuleFor(q => q.Search).MaximumLength(100);
        RuleFor(q => q.PageSize).IsPageSize();
    }
}

internal sealed class DispatchSubmissionsValidator : AbstractValidator<DispatchSubmissions>
{
    public DispatchSubmissionsValidator() =>
        RuleFor(r => r.SubmissionIds).NotEmpty().Must(ids => ids.Count <= 100).WithMessage("1 sampai 100 laporan sekaligus. / 1 to 100 submissions at a time.");
}

internal sealed class RejectSubmissionValidator : AbstractValidator<RejectSubmission>
{
    public RejectSubmissionValidator()
    {
        RuleFor(r => r.Reason).Must(r => Enum.TryParse<RejectionReason>(r, true, out _) && !int.TryParse(r, out _))
            .WithMessage("Alasan: notgovernmentbusiness, toogeneral atau duplicate. / Reason must be notgovernmentbusiness, toogeneral or duplicate.");
        RuleFor(r => r.Note).MaximumLength(SubmissionLimits.Note);
    }
}

internal sealed class AddFollowUpNoteValidator : AbstractValidator<AddFollowUpNote>
{
    public AddFollowUpNoteValidator() => RuleFor(r => r.Text).NotEmpty().WithMessage("Tulis catatannya. / Write the note.").MaximumLength(SubmissionLimits.Note);
}

internal sealed class RespondToSubmissionValidator : AbstractValidator<RespondToSubmission>
{
    public RespondToSubmissionValidator() => RuleFor(r => r.Text).NotEmpty().WithMessage("Tulis jawabannya. / Write the response.").MaximumLength(SubmissionLimits.Description);
}

internal sealed class ReturnNotOurAuthorityValidator : AbstractValidator<ReturnNotOurAuthority>
{
    public ReturnNotOurAuthorityValidator() => RuleFor(r => r.Reason).NotEmpty().WithMessage("Sebutkan alasannya. / Give the reason.").MaximumLength(SubmissionLimits.Note);
}

internal sealed class StaffWorkflowHandlers(AspirationsDbContext context, ICurrentUser currentUser, Deadlines deadlines, ReporterNotifier notifier)
    : IRequestHandler<ListSubmissions, StaffPage>,
      IRequestHandler<GetStaffSubmission, StaffSubmission>,
      IRequestHandler<DispatchSubmissions, IReadOnlyList<StaffSubmission>>,
      IRequestHandler<RejectSubmission, StaffSubmission>,
      IRequestHandler<ConvertToInformationRequest, StaffSubmission>,
      IRequestHandler<AddFollowUpNote, StaffSubmission>,
      IRequestHandler<RespondToSubmission, StaffSubmission>,
      IRequestHandler<ReturnNotOurAuthority, StaffSubmission>,
      IRequestHandler<AssignOfficer, StaffSubmission>
{
    private Guid Actor => currentUser.UserId ?? Guid.Empty;

    public async Task<StaffPage> Handle(ListSubmissions request, CancellationToken cancellationToken)
    {
        SubmissionStatus? status = Enum.TryParse<SubmissionStatus>(request.Status, true, out var parsed) ? parsed
            : request.MainOfficeInbox ? SubmissionStatus.Submitted
            : null;
        var onlyByStatus = status is not null && currentUser.HasProvinceScope && request.AgencyId is null && string.IsNullOrEmpty(request.Category)
            && string.IsNullOrWhiteSpace(request.Search) && request.Overdue != true && !request.AssignedToMe;
        var rows = !onlyByStatus ? Filtered(request, status)
            : request.Before is { } before && request.BeforeId is { } beforeId ? ByStatusBefore(context, status!.Value, before, beforeId, request.PageSize)
            : ByStatus(context, status!.Value, request.PageSize);

        // A list needs the row, not the timeline and files: projected in SQL, without tracking.
        var page = await rows.ToListAsync(cancellationToken);
        var last = page.Count == request.PageSize ? page[^1] : null;
        return new StaffPage(page.ConvertAll(r => View(r, null, null)), last?.CreatedAt, last?.Id);
    }

    private IAsyncEnumerable<StaffRow> Filtered(ListSubmissions request, SubmissionStatus? status)
    {
        var query = InScope(context.Submissions.AsNoTracking());
        if (status is { } only)
        {
            query = query.Where(s => s.Status == only);
        }

        if (request.AgencyId is { } agencyId)
        {
            query = query.Where(s => s.AgencyId == agencyId);
        }

        if (!string.IsNullOrEmpty(request.Category))
        {
            query = query.Where(s => s.CategoryCode == request.Category);
        }

        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var text = request.Search.Trim();
            query = query.Where(s => s.TrackingCode == text.ToUpper() || s.Title.Contains(text));
        }

        if (request.Overdue == true)
        {
            var now = deadlines.Now.UtcDateTime;
            query = query.Where(s => (s.Status == SubmissionStatus.Submitted || s.Status == SubmissionStatus.Dispatched) && s.DueAt < now);
        }

        if (request.AssignedToMe)
        {
            var me = Actor;
            query = query.Where(s => s.AssignedOfficerId == me);
        }

        if (request.Before is { } before && request.BeforeId is { } beforeId)
        {
            query = query.Where(s => s.CreatedAt < before || (s.CreatedAt == before && s.Id.CompareTo(beforeId) < 0));
        }

        return query.OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id).Take(request.PageSize).Select(ToRow).AsAsyncEnumerable();
    }

    public async Task<StaffSubmission> Handle(GetStaffSubmission request, CancellationToken cancellationToken) =>
        View(await FindAsync(request.Id, cancellationToken), withTimeline: true);

    public async Task<IReadOnlyList<StaffSubmission>> Handle(DispatchSubmissions request, CancellationToken cancellationToken)
    {
        EnsureMainOffice();
        var agency = await context.DispatchAgencies.AsNoTracking().FirstOrDefaultAsync(a => a.Id == request.AgencyId && a.IsActive, cancellationToken)
            ?? throw new InvalidFieldException("agencyId", "OPD tidak dikenal atau nonaktif. / Unknown or inactive agency.");
        var ids = request.SubmissionIds.Distinct().ToList();
        var submissions = await context.Submissions.Where(s => ids.Contains(s.Id)).ToListAsync(cancellationToken);
        if (submissions.Count != ids.Count)
        {
            throw new NotFoundException("One or more submissions do not exist. / Satu atau lebih laporan tidak ditemukan.");
        }

        var due = await deadlines.FollowUpDueAsync();
        foreach (var submission in submissions)
        {
            submission.Dispatch(agency.Id, agency.Name, deadlines.Now, due, Actor);
            context.Publish(new AspirationDispatched(submission.Id, agency.Id, due, deadlines.Now));
        }

        await context.SaveChangesAsync(cancellationToken);
        foreach (var submission in submissions)
        {
            await notifier.StatusChangedAsync(submission, cancellationToken);
        }

        return submissions.Select(s => View(s, withTimeline: false)).ToList();
    }

    public async Task<StaffSubmission> Handle(RejectSubmission request, CancellationToken cancellationToken)
    {
        EnsureMainOffice();
        var submission = await FindAsync(request.Id, cancellationToken);
        Guid? original = null;
        if (!string.IsNullOrWhiteSpace(request.DuplicateOfTrackingCode))
        {
            var code = TrackingCode.Normalize(request.DuplicateOfTrackingCode);
            original = await context.Submissions.Where(s => s.TrackingCode == code && s.Id != submission.Id).Select(s => (Guid?)s.Id).FirstOrDefaultAsync(cancellationToken)
                ?? throw new InvalidFieldException("duplicateOfTrackingCode", "Kode laporan asli tidak ditemukan. / The original's tracking code was not found.");
        }

        submission.Reject(Enum.Parse<RejectionReason>(request.Reason!, true), original, request.Note, deadlines.Now, Actor);
        context.Publish(new AspirationClosed(submission.Id, null, "rejected", deadlines.Now));
        return await SaveAndNotifyAsync(submission, cancellationToken);
    }

    public async Task<StaffSubmission> Handle(ConvertToInformationRequest request, CancellationToken cancellationToken)
    {
        EnsureMainOffice();
        var submission = await FindAsync(request.Id, cancellationToken);
        submission.ConvertToInformationRequest(deadlines.Now, Actor);
        var r = submission.Reporter;
        context.Publish(new InformationRequestRaised(submission.Id, submission.TrackingCode, submission.Title, submission.Description, r.UserId, r.Name, r.Email, r.Phone, deadlines.Now));
        context.Publish(new AspirationClosed(submission.Id, null, "converted", deadlines.Now));
        return await SaveAndNotifyAsync(submission, cancellationToken);
    }

    public async Task<StaffSubmission> Handle(AddFollowUpNote request, CancellationToken cancellationToken)
    {
        var submission = await FindAsync(request.Id, cancellationToken);
        submission.AddProgress(request.Text!, request.Internal, deadlines.Now, Actor);
        await context.SaveChangesAsync(cancellationToken);
        if (!request.Internal)
        {
            await notifier.StatusChangedAsync(submission, cancellationToken);
        }

        return View(submission, withTimeline: true);
    }

    public async Task<StaffSubmission> Handle(RespondToSubmission request, CancellationToken cancellationToken)
    {
        var submission = await FindAsync(request.Id, cancellationToken);
        submission.Respond(request.Text!, deadlines.Now, await deadlines.ReplyWindowEndAsync(), Actor);
        context.Publish(new AspirationResponded(submission.Id, submission.AgencyId!.Value, deadlines.Now));
        return await SaveAndNotifyAsync(submission, cancellationToken);
    }

    public async Task<StaffSubmission> Handle(ReturnNotOurAuthority request, CancellationToken cancellationToken)
    {
        var submission = await FindAsync(request.Id, cancellationToken);
        submission.ReturnToMainOffice(request.Reason!, deadlines.Now, await deadlines.VerificationDueAsync(), Actor);
        return await SaveAndNotifyAsync(submission, cancellationToken);
    }

    public async Task<StaffSubmission> Handle(AssignOfficer request, CancellationToken cancellationToken)
    {
        var submission = await FindAsync(request.Id, cancellationToken);
        var officer = await context.StaffMembers.FindAsync([request.OfficerId], cancellationToken);
        if (officer is not { IsActive: true, IsOfficer: true } || submission.AgencyId is not { } agency || !officer.AgencyIds.Contains(agency))
        {
            throw new InvalidFieldException("officerId", "Petugas bukan petugas aktif OPD ini. / The officer is not an active officer of this agency.");
        }

        submission.AssignTo(officer.UserId, officer.FullName, deadlines.Now, Actor);
        await context.SaveChangesAsync(cancellationToken);
        return View(submission, withTimeline: true);
    }

    private async Task<StaffSubmission> SaveAndNotifyAsync(Submission submission, CancellationToken cancellationToken)
    {
        await context.SaveChangesAsync(cancellationToken);
        await notifier.StatusChangedAsync(submission, cancellationToken);
        return View(submission, withTimeline: true);
    }

    /// <summary>Staff see their agencies' submissions; PPID Utama and super admins see all. Part of the query, not a check after it.</summary>
    private IQueryable<Submission> InScope(IQueryable<Submission> submissions)
    {
        if (currentUser.HasProvinceScope)
        {
            return submissions;
        }

        var agencies = currentUser.AgencyIds.ToList();
        return submissions.Where(s => s.AgencyId != null && agencies.Contains(s.AgencyId.Value));
    }

    private async Task<Submission> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await InScope(context.Submissions).FirstOrDefaultAsync(s => s.Id == id, cancellationToken)
        ?? throw new NotFoundException($"No submission {id} in your scope. / Laporan {id} tidak ada dalam cakupan Anda.");

    private void EnsureMainOffice()
    {
        if (!currentUser.IsInRole(Roles.MainOffice) && !currentUser.IsInRole(Roles.SuperAdmin))
        {
            throw new ForbiddenException("Only PPID Utama verifies and dispatches. / Hanya PPID Utama yang memverifikasi dan meneruskan.");
        }
    }

    private StaffSubmission View(Submission s, bool withTimeline) =>
        View(
            ToRowInMemory(s),
            withTimeline ? s.Timeline.OrderBy(t => t.Sequence).Select(t => new StaffTimelineEntry(t.At, t.Kind.ToString(), t.Text, t.IsInternal)).ToList() : null,
            withTimeline ? s.Attachments.OrderBy(a => a.FromAgency).ThenBy(a => a.FileName, StringComparer.Ordinal).Select(a => new StaffAttachment(a.Id, a.FileName, a.ContentType, a.Size, a.FromAgency)).ToList() : null);

    private StaffSubmission View(StaffRow s, IReadOnlyList<StaffTimelineEntry>? timeline, IReadOnlyList<StaffAttachment>? attachments)
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

    // One definition of the staff row: translated to SQL for lists, compiled for an aggregate already in memory.
    private static readonly Expression<Func<Submission, StaffRow>> ToRow = s => new StaffRow(
        s.Id, s.TrackingCode, s.Kind, s.Title, s.Description, s.CategoryCode, s.Regency, s.LocationText, s.Privacy, s.Channel, s.Status,
        s.AgencyId, s.SuggestedAgencyId, s.AssignedOfficerId, s.SubmittedAt, s.DueAt, s.CreatedAt,
        // Member by member: projecting the complex type whole makes EF Core select every column of the report.
        new Reporter(s.Reporter.UserId, s.Reporter.Name, s.Reporter.Email, s.Reporter.Phone));

    private static readonly Func<Submission, StaffRow> ToRowInMemory = ToRow.Compile();

    // PPID Utama's inbox — every agency, one status, newest first — is the staff list read most, so its two shapes
    // (first page, page after a cursor) are compiled once, like the public feed's; other filters compose LINQ.
    private static readonly Func<AspirationsDbContext, SubmissionStatus, int, IAsyncEnumerable<StaffRow>> ByStatus = EF.CompileAsyncQuery(
        (AspirationsDbContext db, SubmissionStatus status, int take) => db.Submissions.AsNoTracking()
            .Where(s => s.Status == status)
            .OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id).Take(take).Select(ToRow));

    private static readonly Func<AspirationsDbContext, SubmissionStatus, DateTime, Guid, int, IAsyncEnumerable<StaffRow>> ByStatusBefore = EF.CompileAsyncQuery(
        (AspirationsDbContext db, SubmissionStatus status, DateTime before, Guid beforeId, int take) => db.Submissions.AsNoTracking()
            .Where(s => s.Status == status && (s.CreatedAt < before || (s.CreatedAt == before && s.Id.CompareTo(beforeId) < 0)))
            .OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id).Take(take).Select(ToRow));

    private sealed record StaffRow(
        Guid Id,
        string TrackingCode,
        SubmissionKind Kind,
        string Title,
        string Description,
        string CategoryCode,
        string? Regency,
        string? LocationText,
        Privacy Privacy,
        SubmissionChannel Channel,
        SubmissionStatus Status,
        Guid? AgencyId,
        Guid? SuggestedAgencyId,
        Guid? AssignedOfficerId,
        DateTime? SubmittedAt,
        DateTime? DueAt,
        DateTime CreatedAt,
        Reporter Reporter);
}
