using AspirasiEtam.Modules.Aspirations.Features.Attachments;
using AspirasiEtam.Modules.Aspirations.Features.Calendar;
using AspirasiEtam.Modules.Aspirations.Features.Feed;
using AspirasiEtam.Modules.Aspirations.Features.Staff;
using AspirasiEtam.Modules.Aspirations.Features.Submit;
using AspirasiEtam.Modules.Aspirations.Features.Templates;
using AspirasiEtam.Modules.Aspirations.Features.Track;
using AspirasiEtam.Shared.Contracts;
using AspirasiEtam.Shared.Files;
using AspirasiEtam.Shared.Security;
using AspirasiEtam.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace AspirasiEtam.Modules.Aspirations.Features;

/// <summary>The Aspirations API: public intake, tracking and feed; PPID Utama's and agencies' workflow; the holiday calendar.</summary>
internal static class AspirationEndpoints
{
    public static void MapPublic(IEndpointRouteBuilder endpoints)
    {
        var open = endpoints.MapGroup("/api/aspirations").AllowAnonymous().WithTags("Aspirations");
        open.MapPost("/", async Task<Created<SubmitAspirationResult>> (SubmitAspiration request, IMediator mediator, CancellationToken ct) =>
            {
                var result = await mediator.Send(request, ct);
                return TypedResults.Created($"/api/aspirations/track/{result.TrackingCode}", result);
            })
            .WithName("SubmitAspiration").WithSummary("Send an aspiration, complaint or information request (guests confirm by email)")
            .ProducesValidationProblem();
        open.MapPost("/confirm", async Task<Ok<SubmitAspirationResult>> (ConfirmSubmission request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(request, ct)))
            .WithName("ConfirmSubmission").WithSummary("Confirm a guest's submission with the token from the email")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        open.MapGet("/track/{trackingCode}", async Task<Ok<TrackedSubmission>> (string trackingCode, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new TrackSubmission(trackingCode), ct)))
            .WithName("TrackSubmission").WithSummary("Status and public timeline by tracking code (no personal data)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .CachedAsTrackingView();
        open.MapPost("/track/{trackingCode}/reply", async Task<Ok<TrackedSubmission>> (string trackingCode, ReplyRequest request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ReplyToResponse(trackingCode, request.Text, request.Reopen), ct)))
            .WithName("ReplyToResponse").WithSummary("The reporter replies to the response, or reopens it, within the reply window")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        open.MapPost("/track/{trackingCode}/rating", async Task<Ok<TrackedSubmission>> (string trackingCode, RatingRequest request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RateResponse(trackingCode, request.Stars, request.Comment), ct)))
            .WithName("RateResponse").WithSummary("The reporter rates the response (1–5, once)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        open.MapPost("/track/{trackingCode}/attachments", async Task<Ok<IReadOnlyList<AttachmentResponse>>> (string trackingCode, IFormFileCollection files, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new AttachFiles(trackingCode, null, await FormUploads.CleanAsync(files, Domain.Submission.MaxAttachments, ct)), ct)))
            .DisableAntiforgery()
            .WithName("AttachFilesToReport").WithSummary("The reporter attaches photos (JPEG/PNG) or PDFs, up to 5 of 5 MB, before dispatch; metadata is removed")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        open.MapGet("/track/{trackingCode}/attachments/{attachmentId:guid}", async Task<FileStreamHttpResult> (string trackingCode, Guid attachmentId, IMediator mediator, CancellationToken ct) =>
                Download(await mediator.Send(new OpenAttachment(trackingCode, null, attachmentId), ct)))
            .WithName("DownloadReportAttachment").WithSummary("A file of the report, for the holder of its tracking code")
            .ProducesProblem(StatusCodes.Status404NotFound);
        open.MapGet("/", async Task<Ok<FeedPage>> ([AsParameters] BrowseFeed query, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("BrowseAspirations").WithSummary("Public feed of non-confidential submissions, newest first (keyset paging with before/beforeId)")
            .ProducesValidationProblem()
            .CachedAsFeed();
        open.MapGet("/categories", async Task<Ok<IReadOnlyList<CategoryResponse>>> (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListCategories(), ct)))
            .WithName("ListCategories").WithSummary("Categories of aspirations")
            .CachedAsReference();
        open.MapGet("/counts", async Task<Ok<IReadOnlyList<AgencyCounts>>> (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new CountPerAgency(), ct)))
            .WithName("CountAspirationsPerAgency").WithSummary("Open, answered and closed submissions per agency")
            .CachedAsFeed();

        endpoints.MapPost("/api/aspirations/{id:guid}/support", async Task<Ok<SupportResponse>> (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(new SupportResponse(await mediator.Send(new SupportSubmission(id), ct))))
            .RequireAuthorization(Policies.Citizen).WithTags("Aspirations")
            .WithName("SupportAspiration").WithSummary("A signed-in citizen supports (dukung) a public submission, once")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    public static void MapAdmin(IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapGroup("/api/admin/aspirations").RequireAuthorization(Policies.Admin).WithTags("Aspirations (admin)");
        admin.MapGet("/inbox", async Task<Ok<StaffPage>> ([AsParameters] InboxQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListSubmissions(true, query.AgencyId, query.Status, query.Category, query.Search, query.Overdue, query.Before, query.BeforeId, query.PageSize ?? PagingRules.DefaultPageSize), ct)))
            .WithName("MainOfficeInbox").WithSummary("PPID Utama's inbox: new submissions by default, with the suggested agency").ProducesValidationProblem();
        admin.MapPost("/{id:guid}/dispatch", async Task<Ok<StaffSubmission>> (Guid id, DispatchRequest request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok((await mediator.Send(new DispatchSubmissions([id], request.AgencyId), ct))[0]))
            .WithName("DispatchAspiration").WithSummary("Verify and dispatch a submission to an agency")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        admin.MapPost("/dispatch", async Task<Ok<IReadOnlyList<StaffSubmission>>> (BulkDispatchRequest request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new DispatchSubmissions(request.SubmissionIds ?? [], request.AgencyId), ct)))
            .WithName("DispatchAspirations").WithSummary("Dispatch several submissions to one agency at once (all or none)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        admin.MapPost("/{id:guid}/reject", async Task<Ok<StaffSubmission>> (Guid id, RejectRequest request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RejectSubmission(id, request.Reason, request.DuplicateOfTrackingCode, request.Note), ct)))
            .WithName("RejectAspiration").WithSummary("Reject: not government business, too general, or a duplicate (linked to the original)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        admin.MapPost("/{id:guid}/convert", async Task<Ok<StaffSubmission>> (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ConvertToInformationRequest(id), ct)))
            .WithName("ConvertToInformationRequest").WithSummary("Hand an information request over to the PPID (Public Information module)")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        var calendar = endpoints.MapGroup("/api/admin/holidays").RequireAuthorization(Policies.Admin).WithTags("Working-day calendar (admin)");
        calendar.MapGet("/", async Task<Ok<HolidayCalendarResponse>> (int? year, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetHolidayCalendar(year), ct)))
            .WithName("GetHolidayCalendar").WithSummary("Holidays and collective leave, with a warning when the next 60 days are not covered");
        calendar.MapPost("/", async Task<Created<HolidayResponse>> (AddHoliday request, IMediator mediator, CancellationToken ct) =>
            {
                var holiday = await mediator.Send(request, ct);
                return TypedResults.Created($"/api/admin/holidays?year={holiday.Date.Year}", holiday);
            })
            .WithName("AddHoliday").WithSummary("Add a national holiday or collective leave day").ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        calendar.MapDelete("/{date}", async Task<NoContent> (DateOnly date, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new RemoveHoliday(date), ct);
                return TypedResults.NoContent();
            })
            .WithName("RemoveHoliday").WithSummary("Remove a holiday").ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static void MapTemplates(IEndpointRouteBuilder endpoints)
    {
        var templates = endpoints.MapGroup("/api/staff/agencies/{agencyId:guid}/response-templates")
            .RequireAuthorization(Policies.AgencyWork).RequireAgencyScope().WithTags("Aspirations (agency staff)");
        templates.MapGet("/", async Task<Ok<IReadOnlyList<ResponseTemplateResponse>>> (Guid agencyId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListResponseTemplates(agencyId), ct)))
            .WithName("ListResponseTemplates").WithSummary("The agency's response templates").ProducesProblem(StatusCodes.Status404NotFound);
        templates.MapPost("/", async Task<Created<ResponseTemplateResponse>> (Guid agencyId, TemplateRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var template = await mediator.Send(new CreateResponseTemplate(agencyId, request.Title, request.Body), ct);
                return TypedResults.Created($"/api/staff/agencies/{agencyId}/response-templates", template);
            })
            .WithName("CreateResponseTemplate").WithSummary("Add a response template").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        templates.MapDelete("/{templateId:guid}", async Task<NoContent> (Guid agencyId, Guid templateId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteResponseTemplate(agencyId, templateId), ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteResponseTemplate").WithSummary("Remove a response template").ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>Always as a download: a browser never renders an uploaded file in the portal's origin.</summary>
    private static FileStreamHttpResult Download(AttachmentContent file) =>
        TypedResults.File(file.Content, file.ContentType, file.FileName);

    public static void MapStaff(IEndpointRouteBuilder endpoints)
    {
        var staff = endpoints.MapGroup("/api/staff/aspirations").RequireAuthorization(Policies.Staff).WithTags("Aspirations (agency staff)");
        staff.MapGet("/", async Task<Ok<StaffPage>> ([AsParameters] InboxQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListSubmissions(false, query.AgencyId, query.Status, query.Category, query.Search, query.Overdue, query.Before, query.BeforeId, query.PageSize ?? PagingRules.DefaultPageSize, query.AssignedToMe ?? false), ct)))
            .WithName("AgencyInbox").WithSummary("Submissions of the caller's agencies (overdue=true for the supervisors' view)").ProducesValidationProblem();
        staff.MapGet("/{id:guid}/attachments/{attachmentId:guid}", async Task<FileStreamHttpResult> (Guid id, Guid attachmentId, IMediator mediator, CancellationToken ct) =>
                Download(await mediator.Send(new OpenAttachment(null, id, attachmentId), ct)))
            .WithName("DownloadSubmissionAttachment").WithSummary("A file of a submission in the caller's scope")
            .ProducesProblem(StatusCodes.Status404NotFound);
        staff.MapGet("/{id:guid}", async Task<Ok<StaffSubmission>> (Guid id, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetStaffSubmission(id), ct)))
            .WithName("GetAgencySubmission").WithSummary("One submission with its whole timeline, internal notes included").ProducesProblem(StatusCodes.Status404NotFound);

        var work = endpoints.MapGroup("/api/staff/aspirations/{id:guid}").RequireAuthorization(Policies.AgencyWork).WithTags("Aspirations (agency staff)");
        work.MapPost("/notes", async Task<Ok<StaffSubmission>> (Guid id, NoteRequest request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new AddFollowUpNote(id, request.Text, request.Internal), ct)))
            .WithName("AddFollowUpNote").WithSummary("A progress note (public) or an internal note (never shown publicly)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        work.MapPost("/attachments", async Task<Ok<IReadOnlyList<AttachmentResponse>>> (Guid id, IFormFileCollection files, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new AttachFiles(null, id, await FormUploads.CleanAsync(files, Domain.Submission.MaxAttachments, ct)), ct)))
            // Antiforgery is off for this API route: bearer clients have no cookie, and the SameSite=Lax cookie is not sent on cross-site posts.
            .DisableAntiforgery()
            .WithName("AttachFilesToFollowUp").WithSummary("The agency attaches files to its follow-up (cleaned of metadata)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        work.MapPost("/assign", async Task<Ok<StaffSubmission>> (Guid id, AssignRequest request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new AssignOfficer(id, request.OfficerId), ct)))
            .WithName("AssignOfficer").WithSummary("Assign the follow-up to one of the agency's active officers")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        work.MapPost("/respond", async Task<Ok<StaffSubmission>> (Guid id, TextRequest request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RespondToSubmission(id, request.Text), ct)))
            .WithName("RespondToAspiration").WithSummary("The agency's final response; opens the reporter's reply window")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        work.MapPost("/not-our-authority", async Task<Ok<StaffSubmission>> (Guid id, TextRequest request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ReturnNotOurAuthority(id, request.Text), ct)))
            .WithName("ReturnNotOurAuthority").WithSummary("Not this agency's authority: back to PPID Utama with the reason")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }
}

internal sealed record InboxQuery(Guid? AgencyId, string? Status, string? Category, string? Search, bool? Overdue, DateTime? Before, Guid? BeforeId, int? PageSize, bool? AssignedToMe);

internal sealed record AssignRequest(Guid OfficerId);

internal sealed record TemplateRequest(string? Title, string? Body);

internal sealed record ReplyRequest(string? Text, bool Reopen);

internal sealed record RatingRequest(int Stars, string? Comment);

internal sealed record SupportResponse(int SupportCount);

internal sealed record DispatchRequest(Guid AgencyId);

internal sealed record BulkDispatchRequest(IReadOnlyList<Guid>? SubmissionIds, Guid AgencyId);

internal sealed record RejectRequest(string? Reason, string? DuplicateOfTrackingCode, string? Note);

internal sealed record NoteRequest(string? Text, bool Internal);

internal sealed record TextRequest(string? Text);
