using AspirasiEtam.Shared.Files;

namespace AspirasiEtam.Modules.PublicInformation.Features.OpenDocument;

/// <summary>
/// A document version of an entry: anyone may open those of a published entry; the documents of drafts, exempt and
/// withdrawn entries only staff in scope (<see cref="Staff"/> true). Always served as a download.
/// </summary>
internal sealed record OpenDocument(Guid EntryId, Guid DocumentId, bool Staff) : IRequest<DocumentContent>;

internal sealed record DocumentContent(Stream Content, string ContentType, string FileName, DateTime UploadedAt);

internal sealed class OpenDocumentHandler(PublicInformationDbContext context, StaffEntries staff, IFileStorage storage)
    : IRequestHandler<OpenDocument, DocumentContent>
{
    public async Task<DocumentContent> Handle(OpenDocument request, CancellationToken cancellationToken)
    {
        InformationEntry? entry;
        if (request.Staff)
        {
            // Mapped only in the staff group (Policies.Staff); the scope is the query's.
            entry = await staff.FindToReadAsync(request.EntryId, cancellationToken);
        }
        else
        {
            entry = await context.Entries.AsNoTracking().AsSplitQuery()
                .SingleOrDefaultAsync(e => e.Id == request.EntryId && e.Status == EntryStatus.Published, cancellationToken);
        }

        var document = entry?.Documents.FirstOrDefault(d => d.Id == request.DocumentId)
            ?? throw new NotFoundException("No such document. / Dokumen tidak ditemukan.");
        var content = await storage.OpenReadAsync(document.StorageKey, cancellationToken)
            ?? throw new NotFoundException("The file is missing from storage. / Berkas tidak ditemukan di penyimpanan.");
        return new DocumentContent(content, document.ContentType, document.FileName, document.UploadedAt);
    }
}

internal static class OpenDocumentEndpoint
{
    public static void MapPublic(IEndpointRouteBuilder open) =>
        open.MapGet("/entries/{id:guid}/documents/{documentId:guid}", async Task<FileStreamHttpResult> (Guid id, Guid documentId, IMediator mediator, CancellationToken ct) =>
                Download(await mediator.Send(new OpenDocument(id, documentId, Staff: false), ct)))
            .WithName("DownloadPublishedDocument").WithSummary("A document of a published register entry")
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static void MapStaff(IEndpointRouteBuilder staff) =>
        staff.MapGet("/{id:guid}/documents/{documentId:guid}", async Task<FileStreamHttpResult> (Guid id, Guid documentId, IMediator mediator, CancellationToken ct) =>
                Download(await mediator.Send(new OpenDocument(id, documentId, Staff: true), ct)))
            .WithName("DownloadRegisterDocument").WithSummary("A document of any register entry in the caller's scope")
            .ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>As a download under its name (the host adds nosniff to every answer): never rendered in the portal's origin.</summary>
    internal static FileStreamHttpResult Download(DocumentContent file) =>
        TypedResults.File(file.Content, file.ContentType, file.FileName, lastModified: new DateTimeOffset(file.UploadedAt, TimeSpan.Zero));
}
