using AspirasiEtam.Shared.Files;

namespace AspirasiEtam.Modules.Aspirations.Features;

/// <summary>Storing the files of a report: at intake, from its reporter later, and from the agency.</summary>
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
    /// Saves the submission with its new files; when the save fails, the files stored for it are removed again
    /// (<see cref="StoredFiles.SaveOrRemoveAsync"/>).
    /// </summary>
    public static Task SaveAsync(Func<Task> save, IReadOnlyList<Attachment> added, IFileStorage storage) =>
        storage.SaveOrRemoveAsync(added.Select(a => a.StorageKey), save);
}
