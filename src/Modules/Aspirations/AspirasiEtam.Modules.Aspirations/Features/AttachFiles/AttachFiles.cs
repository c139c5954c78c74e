using AspirasiEtam.Shared.Files;

namespace AspirasiEtam.Modules.Aspirations.Features.AttachFiles;

/// <summary>
/// Files attached to a report: by its reporter (by tracking code, before dispatch) or by the agency following it up
/// (by id, within the caller's scope). The files come as sent and are opened (inspected and cleaned, see
/// <see cref="UploadInspector"/>) only once the report is found, so an unknown code or a report out of scope costs
/// no decoding.
/// </summary>
internal sealed record AttachFiles(string? TrackingCode, Guid? SubmissionId, IReadOnlyList<UploadedFile> Files) : IRequest<IReadOnlyList<AttachmentResponse>>;

internal sealed record AttachmentResponse(Guid Id, string FileName, string ContentType, long Size, bool FromAgency);

internal sealed class AttachFilesHandler(AspirationsDbContext context, StaffSubmissions staff, IFileStorage storage, TimeProvider clock)
    : IRequestHandler<AttachFiles, IReadOnlyList<AttachmentResponse>>
{
    public async Task<IReadOnlyList<AttachmentResponse>> Handle(AttachFiles request, CancellationToken cancellationToken)
    {
        if (request.Files.Count == 0)
        {
            throw new InvalidFieldException("files", "Pilih sedikitnya satu berkas. / Choose at least one file.");
        }

        var submission = request.SubmissionId is { } id
            ? await staff.FindForWorkAsync(id, cancellationToken)
            : await context.Submissions.FindByTrackingCodeAsync(request.TrackingCode, cancellationToken);
        var files = await FormUploads.CleanAsync(request.Files, cancellationToken);
        var added = await SubmissionFiles.AttachAsync(submission, files, fromAgency: request.SubmissionId is not null, storage, clock.GetUtcNow().UtcDateTime, cancellationToken);
        await SubmissionFiles.SaveAsync(() => context.SaveChangesAsync(cancellationToken), added, storage);
        return added.Select(a => new AttachmentResponse(a.Id, a.FileName, a.ContentType, a.Size, a.FromAgency)).ToList();
    }
}

internal static class AttachFilesEndpoint
{
    // The body is read by FormUploads, not bound as a form: its declared size is checked before any of it is read.
    public static void MapForReporter(IEndpointRouteBuilder open) =>
        open.MapPost("/track/{trackingCode}/attachments", async Task<Ok<IReadOnlyList<AttachmentResponse>>> (string trackingCode, HttpRequest request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new AttachFiles(trackingCode, null, await FormUploads.ReadAsync(request, Submission.MaxAttachments, ct)), ct)))
            .DisableAntiforgery()
            .Accepts<IFormFileCollection>("multipart/form-data")
            .WithName("AttachFilesToReport").WithSummary("The reporter attaches photos (JPEG/PNG/WebP) or PDFs, up to 5 of 5 MB, before dispatch; metadata is removed")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .RequireRateLimiting(RateLimitPolicies.TrackingCode);

    public static void MapForAgency(IEndpointRouteBuilder work) =>
        work.MapPost("/attachments", async Task<Ok<IReadOnlyList<AttachmentResponse>>> (Guid id, HttpRequest request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new AttachFiles(null, id, await FormUploads.ReadAsync(request, Submission.MaxAttachments, ct)), ct)))
            // Antiforgery is off for this API route: bearer clients have no cookie, and the SameSite=Lax cookie is not sent on cross-site posts.
            .DisableAntiforgery()
            .Accepts<IFormFileCollection>("multipart/form-data")
            .WithName("AttachFilesToFollowUp").WithSummary("The agency attaches files to its follow-up (cleaned of metadata)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status413PayloadTooLarge);
}
