using AspirasiEtam.Shared.Files;

namespace AspirasiEtam.Modules.Aspirations.Features.OpenAttachment;

/// <summary>A file of a report, for the holder of its tracking code or for staff in scope.</summary>
internal sealed record OpenAttachment(string? TrackingCode, Guid? SubmissionId, Guid AttachmentId) : IRequest<AttachmentContent>;

internal sealed record AttachmentContent(Stream Content, string ContentType, string FileName);

internal sealed class OpenAttachmentHandler(AspirationsDbContext context, StaffSubmissions staff, IFileStorage storage) : IRequestHandler<OpenAttachment, AttachmentContent>
{
    public async Task<AttachmentContent> Handle(OpenAttachment request, CancellationToken cancellationToken)
    {
        var submission = request.SubmissionId is { } id
            ? await staff.FindAsync(id, cancellationToken)
            : await context.Submissions.FindByTrackingCodeAsync(request.TrackingCode, cancellationToken);
        var attachment = submission.Attachments.FirstOrDefault(a => a.Id == request.AttachmentId)
            ?? throw new NotFoundException("No such attachment. / Lampiran tidak ditemukan.");
        var content = await storage.OpenReadAsync(attachment.StorageKey, cancellationToken)
            ?? throw new NotFoundException("The file is missing from storage. / Berkas tidak ditemukan di penyimpanan.");
        return new AttachmentContent(content, attachment.ContentType, attachment.FileName);
    }
}

internal static class OpenAttachmentEndpoint
{
    public static void MapForReporter(IEndpointRouteBuilder open) =>
        open.MapGet("/track/{trackingCode}/attachments/{attachmentId:guid}", async Task<FileStreamHttpResult> (string trackingCode, Guid attachmentId, IMediator mediator, CancellationToken ct) =>
                Download(await mediator.Send(new OpenAttachment(trackingCode, null, attachmentId), ct)))
            .WithName("DownloadReportAttachment").WithSummary("A file of the report, for the holder of its tracking code")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRateLimiting(RateLimitPolicies.TrackingCode);

    public static void MapForStaff(IEndpointRouteBuilder staff) =>
        staff.MapGet("/{id:guid}/attachments/{attachmentId:guid}", async Task<FileStreamHttpResult> (Guid id, Guid attachmentId, IMediator mediator, CancellationToken ct) =>
                Download(await mediator.Send(new OpenAttachment(null, id, attachmentId), ct)))
            .WithName("DownloadSubmissionAttachment").WithSummary("A file of a submission in the caller's scope")
            .ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>Always as a download: a browser never renders an uploaded file in the portal's origin.</summary>
    private static FileStreamHttpResult Download(AttachmentContent file) => TypedResults.File(file.Content, file.ContentType, file.FileName);
}
