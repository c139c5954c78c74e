using AspirasiEtam.Modules.Aspirations.Domain;
using AspirasiEtam.Modules.Aspirations.Features.Track;
using AspirasiEtam.Modules.Aspirations.Persistence;
using AspirasiEtam.Shared.Contracts;
using AspirasiEtam.Shared.Domain;
using AspirasiEtam.Shared.Files;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace AspirasiEtam.Modules.Aspirations.Features.Attachments;

/// <summary>Files already inspected and cleaned (see <see cref="UploadInspector"/>), to attach to a submission.</summary>
internal sealed record AttachFiles(string? TrackingCode, Guid? SubmissionId, IReadOnlyList<CleanUpload> Files) : IRequest<IReadOnlyList<AttachmentResponse>>;

internal sealed record AttachmentResponse(Guid Id, string FileName, string ContentType, long Size, bool FromAgency);

/// <summary>A file of a submission, for the holder of its tracking code or for staff in scope.</summary>
internal sealed record OpenAttachment(string? TrackingCode, Guid? SubmissionId, Guid AttachmentId) : IRequest<AttachmentContent>;

internal sealed record AttachmentContent(Stream Content, string ContentType, string FileName);

internal static class SubmissionFiles
{
    /// <summary>Adds the files to the submission and stores them; the caller's SaveChanges records them.</summary>
    public static async Task<IReadOnlyList<Attachment>> AttachAsync(
        Submission submission, IReadOnlyList<CleanUpload> files, bool fromAgency, IFileStorage storage, DateTime now, CancellationToken cancellationToken)
    {
        var added = new List<Attachment>();
        foreach (var file in files)
        {
            var id = Guid.CreateVersion7();
            var number = submission.Attachments.Count(a => a.FromAgency == fromAgency) + 1;
            var name = $"{(fromAgency ? "lampiran-opd" : "lampiran")}-{number}{file.Extension}";
            var attachment = new Attachment(id, $"aspirations/{submission.Id:N}/{id:N}{file.Extension}", name, file.ContentType, file.Content.Length, fromAgency, now);
            submission.Attach(attachment);
            added.Add(attachment);
        }

        // Files before rows: a row pointing to a missing file would be worse than an orphan file.
        foreach (var (attachment, file) in added.Zip(files))
        {
            await storage.SaveAsync(attachment.StorageKey, file.Content, cancellationToken);
        }

        return added;
    }

    /// <summary>
    /// Saves the submission with its new files; when the save fails, the files stored for it are removed again,
    /// so a refused or failed request leaves neither rows nor orphan files.
    /// </summary>
    public static async Task SaveAsync(Func<Task> save, IReadOnlyList<Attachment> added, IFileStorage storage)
    {
        try
        {
            await save();
        }
        catch
        {
            foreach (var attachment in added)
            {
                await storage.DeleteAsync(attachment.StorageKey, CancellationToken.None);
            }

            throw;
        }
    }
}

internal sealed class AttachmentHandlers(AspirationsDbContext context, IFileStorage storage, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<AttachFiles, IReadOnlyList<AttachmentResponse>>, IRequestHandler<OpenAttachment, AttachmentContent>
{
    public async Task<IReadOnlyList<AttachmentResponse>> Handle(AttachFiles request, CancellationToken cancellationToken)
    {
        if (request.Files.Count == 0)
        {
            throw new InvalidFieldException("files", "Pilih sedikitnya satu berkas. / Choose at least one file.");
        }

        var submission = await FindAsync(request.TrackingCode, request.SubmissionId, cancellationToken);
        var added = await SubmissionFiles.AttachAsync(submission, request.Files, fromAgency: request.SubmissionId is not null, storage, clock.GetUtcNow().UtcDateTime, cancellationToken);
        await SubmissionFiles.SaveAsync(() => context.SaveChangesAsync(cancellationToken), added, storage);
        return added.Select(a => new AttachmentResponse(a.Id, a.FileName, a.ContentType, a.Size, a.FromAgency)).ToList();
    }

    public async Task<AttachmentContent> Handle(OpenAttachment request, CancellationToken cancellationToken)
    {
        var submission = await FindAsync(request.TrackingCode, request.SubmissionId, cancellationToken);
        var attachment = submission.Attachments.FirstOrDefault(a => a.Id == request.AttachmentId)
            ?? throw new NotFoundException("No such attachment. / Lampiran tidak ditemukan.");
        var content = await storage.OpenReadAsync(attachment.StorageKey, cancellationToken)
            ?? throw new NotFoundException("The file is missing from storage. / Berkas tidak ditemukan di penyimpanan.");
        return new AttachmentContent(content, attachment.ContentType, attachment.FileName);
    }

    /// <summary>By tracking code for the reporter; by id, within the caller's agency scope, for staff.</summary>
    private async Task<Submission> FindAsync(string? trackingCode, Guid? submissionId, CancellationToken cancellationToken)
    {
        if (submissionId is { } id)
        {
            var agencies = currentUser.AgencyIds.ToList();
            var province = currentUser.HasProvinceScope;
            return await context.Submissions.FirstOrDefaultAsync(s => s.Id == id && (province || (s.AgencyId != null && agencies.Contains(s.AgencyId.Value))), cancellationToken)
                ?? throw new NotFoundException($"No submission {id} in your scope. / Laporan {id} tidak ada dalam cakupan Anda.");
        }

        return await context.Submissions.FindByTrackingCodeAsync(trackingCode, cancellationToken);
    }
}
