using System.Text.RegularExpressions;
using AspirasiEtam.Shared.Files;

namespace AspirasiEtam.Modules.PublicInformation.Features.UploadDocument;

/// <summary>
/// A document (PDF, DOCX, XLSX or a photo, see <see cref="UploadPolicy.PublicDocuments"/>) for an entry, or a new
/// version of one of its documents (<see cref="Series"/>). The file is judged by its content and cleaned of who made it
/// (<see cref="UploadInspector"/>) only after the entry is found in the caller's scope; its text is kept for search.
/// Earlier versions stay readable; a published entry's readers see "new version of the document" in its history.
/// </summary>
[Authorize(Policy = Policies.AgencyWork)]
internal sealed record UploadDocument(Guid EntryId, int? Series, UploadedFile? File) : IRequest<StaffEntryView>;

internal sealed partial class UploadDocumentHandler(StaffEntries staff, IFileStorage storage) : IRequestHandler<UploadDocument, StaffEntryView>
{
    public async Task<StaffEntryView> Handle(UploadDocument request, CancellationToken cancellationToken)
    {
        if (request.File is null)
        {
            throw new InvalidFieldException("file", "Pilih berkas dokumen. / Choose the document file.");
        }

        var entry = await staff.FindToChangeAsync(request.EntryId, cancellationToken);
        var clean = (await FormUploads.CleanAsync([request.File], cancellationToken, "file", UploadPolicy.PublicDocuments))[0];
        var document = entry.AddDocument(
            request.Series, DisplayName(request.File.Name, clean.Extension), clean.Extension, clean.ContentType, clean.Content.Length,
            DocumentText.Extract(clean, EntryLimits.DocumentText), staff.Actor, staff.Now);

        await storage.SaveAsync(document.StorageKey, clean.Content, cancellationToken);
        await storage.SaveOrRemoveAsync([document.StorageKey], async () =>
            await staff.SaveAsync(entry, cancellationToken, entry.IsPublic ? await staff.PublishedEventAsync(entry, firstPublication: false, cancellationToken) : null));

        return StaffEntryView.Of(entry);
    }

    /// <summary>
    /// The name readers download it as: the sender's name without any folder, reduced to letters, digits, dots, dashes
    /// and spaces, with the extension of what the file really is ("laporan.docx" that is a PDF becomes "laporan.pdf").
    /// </summary>
    internal static string DisplayName(string? sent, string extension)
    {
        var name = Path.GetFileNameWithoutExtension(Path.GetFileName((sent ?? string.Empty).Replace('\\', '/')));
        // Dots inside the name go too: "laporan.pdf.exe" is offered as "laporan-pdf.pdf", one extension, the true one.
        name = Unsafe().Replace(name, "-").Trim('-', ' ');
        if (name.Length == 0)
        {
            name = "dokumen";
        }

        var room = EntryLimits.FileName - extension.Length;
        return (name.Length > room ? name[..room] : name) + extension;
    }

    [GeneratedRegex(@"[^\p{L}\p{Nd} _-]+")]
    private static partial Regex Unsafe();
}

internal static class UploadDocumentEndpoint
{
    public static void Map(IEndpointRouteBuilder work) =>
        work.MapPost("/{id:guid}/documents", async Task<Ok<StaffEntryView>> (Guid id, int? series, HttpRequest request, IMediator mediator, CancellationToken cancellationToken) =>
            {
                var files = await FormUploads.ReadAsync(request, maxFiles: 1, cancellationToken, "file", UploadPolicy.PublicDocuments);
                return TypedResults.Ok(await mediator.Send(new UploadDocument(id, series, files.FirstOrDefault()), cancellationToken));
            })
            .WithName("UploadRegisterDocument")
            .WithSummary("Add a document to an entry (multipart/form-data, one file), or a new version of document ?series=n")
            .Accepts<IFormFile>("multipart/form-data")
            .DisableAntiforgery()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
}
