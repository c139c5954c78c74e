using AspirasiEtam.Shared.Files;

namespace AspirasiEtam.Modules.PublicInformation.Features.AttachRequestDocument;

/// <summary>
/// A document prepared for the applicant (the information asked for, blacked out where the notice says), added while
/// the request is open and released with a granting decision. Judged by content and cleaned of who made it like every
/// upload (<see cref="UploadPolicy.PublicDocuments"/>); stored under a random key and named by the portal.
/// </summary>
[Authorize(Policy = Policies.AgencyWork)]
internal sealed record AttachRequestDocument(Guid Id, UploadedFile? File) : IRequest<StaffRequestView>;

internal sealed class AttachRequestDocumentHandler(PublicInformationDbContext context, StaffRequests staff, IFileStorage storage)
    : IRequestHandler<AttachRequestDocument, StaffRequestView>
{
    public async Task<StaffRequestView> Handle(AttachRequestDocument request, CancellationToken cancellationToken)
    {
        if (request.File is null)
        {
            throw new InvalidFieldException("file", "Pilih berkas dokumen. / Choose the document file.");
        }

        var r = await staff.FindToChangeAsync(request.Id, cancellationToken);
        var clean = (await FormUploads.CleanAsync([request.File], cancellationToken, "file", UploadPolicy.PublicDocuments))[0];
        var id = Guid.NewGuid();
        var document = new RequestDocument(
            id, $"{r.Number.Replace('/', '-')}-dokumen-{r.Documents.Count + 1}{clean.Extension}", clean.ContentType, clean.Content.Length,
            $"ppid/request-documents/{id:N}{clean.Extension}");
        r.AddDocument(document);
        await storage.SaveAsync(document.StorageKey, clean.Content, cancellationToken);
        await storage.SaveOrRemoveAsync([document.StorageKey], () => context.SaveChangesAsync(cancellationToken));
        return await GetRequest.GetRequestHandler.ViewAsync(context, staff, r, cancellationToken);
    }
}

internal static class AttachRequestDocumentEndpoint
{
    public static void Map(IEndpointRouteBuilder work) =>
        work.MapPost("/{id:guid}/documents", async Task<Ok<StaffRequestView>> (Guid id, HttpRequest request, IMediator mediator, CancellationToken cancellationToken) =>
            {
                var files = await FormUploads.ReadAsync(request, maxFiles: 1, cancellationToken, "file", UploadPolicy.PublicDocuments);
                return TypedResults.Ok(await mediator.Send(new AttachRequestDocument(id, files.FirstOrDefault()), cancellationToken));
            })
            .WithName("AttachRequestDocument")
            .WithSummary("Add a document to release with the decision (multipart/form-data, one file)")
            .Accepts<IFormFile>("multipart/form-data")
            .DisableAntiforgery()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
}
