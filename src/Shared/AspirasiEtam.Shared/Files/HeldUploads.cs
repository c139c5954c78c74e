using System.Text.RegularExpressions;
using AspirasiEtam.Shared.Domain;
using AspirasiEtam.Shared.Jobs;
using AspirasiEtam.Shared.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AspirasiEtam.Shared.Files;

/// <summary>A file a form holds for its sender between sends: its name in the form's folder, its kind and size.</summary>
public sealed record HeldUpload(string Name, UploadKind Kind, long Length);

/// <summary>
/// What a page's form received: the held files the sender kept and their content, the new files that passed
/// inspection (cleaned, not yet held), and a message per refused file — all files are looked at, none stops the others.
/// </summary>
public sealed record ReceivedUploads(IReadOnlyList<HeldUpload> Kept, IReadOnlyList<CleanUpload> KeptContent, IReadOnlyList<CleanUpload> New, IReadOnlyList<string> Errors)
{
    /// <summary>Every file of the send, kept ones first.</summary>
    public IReadOnlyList<CleanUpload> Content => [.. KeptContent, .. New];
}

/// <summary>
/// Files a page's form keeps for its sender while the rest of the form is still wrong, so a refused send does not
/// lose the photos chosen on a slow line. A file is inspected and cleaned (<see cref="UploadInspector"/>) before it
/// is held — nothing identifying is kept even for a day — under the form's own random key (made when the form was
/// shown, posted back in a hidden field: only its holder can name the folder). The form lists held files as ticked
/// boxes; unticking one lets it go. Held files are removed once the form is sent, and by
/// <see cref="HeldUploadSweeper"/> a day after they were last touched.
/// </summary>
public sealed partial class HeldUploads(IFileStorage storage)
{
    public const string Folder = "held";

    /// <summary>How long a form's files are kept when it is never sent.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    private static readonly Dictionary<string, (UploadKind Kind, string ContentType)> Types = new(StringComparer.Ordinal)
    {
        [".jpg"] = (UploadKind.Photo, "image/jpeg"),
        [".png"] = (UploadKind.Photo, "image/png"),
        [".webp"] = (UploadKind.Photo, "image/webp"),
        [".pdf"] = (UploadKind.Pdf, "application/pdf"),
        [".docx"] = (UploadKind.Word, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        [".xlsx"] = (UploadKind.Spreadsheet, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    };

    /// <summary>A form key is 32 lowercase hex digits (a GUID's "N" format); anything else holds nothing.</summary>
    public static bool IsFormKey(string? key) => key is not null && FormKeyPattern().IsMatch(key);

    /// <summary>
    /// The files of one send: the held files the sender kept ticked (<paramref name="kept"/>, names from the form;
    /// unknown or missing ones are skipped), then each new file inspected and cleaned on its own — a file that fails
    /// gives a message naming it. More than <paramref name="maxFiles"/> in all is an error too. Nothing is stored:
    /// a send that goes through stores its files once, with the report; one that is refused calls <see cref="HoldAsync"/>.
    /// </summary>
    public async Task<ReceivedUploads> ReceiveAsync(
        string? formKey, IEnumerable<string>? kept, IEnumerable<IFormFile>? files, int maxFiles, UploadPolicy policy, CancellationToken cancellationToken)
    {
        var held = new List<HeldUpload>();
        var heldContent = new List<CleanUpload>();
        var added = new List<CleanUpload>();
        var errors = new List<string>();
        if (IsFormKey(formKey))
        {
            foreach (var name in (kept ?? []).Distinct(StringComparer.Ordinal))
            {
                if (await LoadAsync(formKey!, name, cancellationToken) is { } file)
                {
                    held.Add(file.Held);
                    heldContent.Add(file.Content);
                }
            }
        }

        foreach (var file in (files ?? []).Where(f => f.Length > 0))
        {
            if (held.Count + added.Count >= maxFiles)
            {
                errors.Add(FormUploads.TooMany(string.Empty, maxFiles).Message);
                break;
            }

            try
            {
                await using var stream = file.OpenReadStream();
                added.Add(file.Length > policy.MaxBytes
                    ? throw UploadInspector.TooLarge(string.Empty, policy.MaxBytes)
                    : await UploadInspector.CleanAsync(stream, string.Empty, policy, cancellationToken));
            }
            catch (InvalidFieldException ex)
            {
                var (indonesian, english) = Bilingual.Split(ex.Message);
                var name = Path.GetFileName(file.FileName);
                errors.Add(Bilingual.Both($"{name}: {indonesian}", $"{name}: {english}"));
            }
        }

        return new ReceivedUploads(held, heldContent, added, errors);
    }

    /// <summary>
    /// Holds the new files of a refused send for the next one and returns every held file, to list in the form again.
    /// Without a well-formed form key nothing new can be held.
    /// </summary>
    public async Task<IReadOnlyList<HeldUpload>> HoldAsync(string? formKey, ReceivedUploads received, CancellationToken cancellationToken)
    {
        if (!IsFormKey(formKey))
        {
            return received.Kept;
        }

        var held = received.Kept.ToList();
        foreach (var clean in received.New)
        {
            var name = Guid.NewGuid().ToString("N") + clean.Extension;
            await storage.SaveAsync(KeyOf(formKey!, name), clean.Content, cancellationToken);
            held.Add(Describe(name, clean));
        }

        return held;
    }

    /// <summary>Lets the files go once the form was sent (best effort: the sweeper removes what is left).</summary>
    public async Task ReleaseAsync(string? formKey, IEnumerable<HeldUpload> held)
    {
        if (!IsFormKey(formKey))
        {
            return;
        }

        foreach (var file in held)
        {
            await storage.DeleteAsync(KeyOf(formKey!, file.Name), CancellationToken.None);
        }
    }

    /// <summary>Removes every held file last written before <paramref name="before"/>.</summary>
    public Task<int> RemoveStaleAsync(DateTimeOffset before, CancellationToken cancellationToken) =>
        storage.DeleteOlderThanAsync(Folder, before, cancellationToken);

    private async Task<(HeldUpload Held, CleanUpload Content)?> LoadAsync(string formKey, string name, CancellationToken cancellationToken)
    {
        if (!HeldNamePattern().IsMatch(name) || !Types.TryGetValue(Path.GetExtension(name), out var type))
        {
            return null;
        }

        await using var stream = await storage.OpenReadAsync(KeyOf(formKey, name), cancellationToken);
        if (stream is null)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        var clean = new CleanUpload(type.Kind, type.ContentType, Path.GetExtension(name), buffer.ToArray());
        return (Describe(name, clean), clean);
    }

    private static HeldUpload Describe(string name, CleanUpload clean) => new(name, clean.Kind, clean.Content.Length);

    private static string KeyOf(string formKey, string name) => $"{Folder}/{formKey}/{name}";

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex FormKeyPattern();

    [GeneratedRegex("^[0-9a-f]{32}\\.[a-z]{3,4}$")]
    private static partial Regex HeldNamePattern();
}

/// <summary>Removes, every hour, the files of forms never sent (<see cref="HeldUploads.Lifetime"/> after they were held).</summary>
internal sealed class HeldUploadSweeper(HeldUploads held, TimeProvider clock, ILogger<HeldUploadSweeper> logger) : PeriodicJob(clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromHours(1);

    protected override Task RunOnceAsync(CancellationToken cancellationToken) =>
        held.RemoveStaleAsync(Clock.GetUtcNow() - HeldUploads.Lifetime, cancellationToken);
}
