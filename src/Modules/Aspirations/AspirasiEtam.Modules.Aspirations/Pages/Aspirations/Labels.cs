using AspirasiEtam.Shared.Files;
using AspirasiEtam.Shared.Time;
using AspirasiEtam.Modules.Aspirations.Features.ListCategories;
using AspirasiEtam.Modules.Aspirations.Notifications;

namespace AspirasiEtam.Modules.Aspirations.Pages.Aspirations;

/// <summary>The words the pages show for the module's enumerations, Indonesian first.</summary>
internal static class Labels
{
    public static string Kind(string kind) => Enum.TryParse<SubmissionKind>(kind, out var k) ? k switch
    {
        SubmissionKind.Aspiration => Bilingual.T("Aspirasi", "Aspiration"),
        SubmissionKind.Complaint => Bilingual.T("Pengaduan", "Complaint"),
        _ => Bilingual.T("Permintaan informasi", "Information request"),
    } : kind;

    /// <summary>A timeline entry in the reader's language: a person's words as written; the system's in one language, then the note.</summary>
    public static string Entry(string kind, string text, string? note) =>
        Enum.TryParse<TimelineKind>(kind, out var k) && TimelineEntry.IsWritten(k) ? text
        : note is null ? Bilingual.Pick(text) : $"{Bilingual.Pick(text)} {note}";

    /// <summary>
    /// The steps a report goes through, for the step bar of the tracking and public pages: received, verified, with the
    /// agency, answered, closed; each done, current or to come. Empty for a report that left the path (rejected,
    /// converted to an information request): its status says where it went.
    /// </summary>
    public static IReadOnlyList<(string Label, StepState State)> Steps(string status)
    {
        if (!Enum.TryParse<SubmissionStatus>(status, out var s) || s is SubmissionStatus.Rejected or SubmissionStatus.ConvertedToInformationRequest)
        {
            return [];
        }

        var reached = s switch
        {
            SubmissionStatus.AwaitingEmailConfirmation or SubmissionStatus.Submitted => 0,
            SubmissionStatus.Dispatched => 2,
            SubmissionStatus.Responded => 3,
            _ => 4,
        };
        string[] labels =
        [
            Bilingual.T("Diterima", "Received"), Bilingual.T("Diverifikasi", "Verified"), Bilingual.T("Di OPD", "With the agency"),
            Bilingual.T("Dijawab", "Answered"), Bilingual.T("Selesai", "Closed"),
        ];
        return [.. labels.Select((label, i) => (label, i < reached ? StepState.Done : i == reached ? (reached == 4 ? StepState.Done : StepState.Current) : StepState.ToCome))];
    }

    /// <summary>How long a step has left, in calendar days of WITA: "3 hari lagi", "hari ini", "terlambat 2 hari".</summary>
    public static string DueIn(DateTime dueAtUtc, DateOnly today)
    {
        var days = LocalTime.Today(new DateTimeOffset(DateTime.SpecifyKind(dueAtUtc, DateTimeKind.Utc))).DayNumber - today.DayNumber;
        return days > 0 ? Bilingual.T($"{days} hari lagi", days == 1 ? "1 day left" : $"{days} days left")
            : days == 0 ? Bilingual.T("hari ini", "today")
            : Bilingual.T($"terlambat {-days} hari", -days == 1 ? "1 day overdue" : $"{-days} days overdue");
    }

    /// <summary>A category's name in the reader's language, by code; null for a code no longer in the list.</summary>
    public static string? Category(IEnumerable<CategoryResponse> categories, string code) =>
        categories.Where(c => c.Code == code).Select(c => Bilingual.T(c.NameId, c.NameEn)).FirstOrDefault();

    /// <summary>The five labelled stars of a rating, worst first.</summary>
    public static IReadOnlyList<string> Stars =>
    [
        Bilingual.T("Sangat buruk", "Very poor"), Bilingual.T("Buruk", "Poor"), Bilingual.T("Cukup", "Fair"),
        Bilingual.T("Baik", "Good"), Bilingual.T("Sangat baik", "Very good"),
    ];

    /// <summary>How a report reached the portal, as staff call it.</summary>
    public static string Channel(string channel) => Enum.TryParse<SubmissionChannel>(channel, out var c) ? Channel(c) : channel;

    /// <inheritdoc cref="Channel(string)"/>
    public static string Channel(SubmissionChannel channel) => channel switch
    {
        SubmissionChannel.Web => "Web",
        SubmissionChannel.WalkIn => Bilingual.T("Datang langsung", "Walk-in"),
        SubmissionChannel.Phone => Bilingual.T("Telepon", "Phone"),
        SubmissionChannel.WhatsApp => "WhatsApp",
        SubmissionChannel.Letter => Bilingual.T("Surat", "Letter"),
        SubmissionChannel.SocialMedia => Bilingual.T("Media sosial", "Social media"),
        _ => channel.ToString(),
    };

    /// <summary>What kind of file a held upload is, for the sender's list.</summary>
    public static string FileKind(UploadKind kind) => kind == UploadKind.Photo ? Bilingual.T("foto", "photo") : "PDF";

    /// <summary>A file's size as a person reads it: "240 KB", "1,2 MB" (in the reader's number format).</summary>
    public static string FileSize(long bytes) => bytes < 1024 * 1024
        ? $"{Math.Max(1, bytes / 1024)} KB"
        : $"{bytes / (1024d * 1024):0.#} MB";

    public static string Status(string status) => Enum.TryParse<SubmissionStatus>(status, out var s) ? StatusText.Of(s) : status;

    public static string ConfidentialChoice => Bilingual.T(
        "Rahasia — laporan tidak pernah tampil di publik; tanpa centang, isinya tampil setelah diverifikasi PPID Utama (nama yang Anda tulis dihapus).",
        "Confidential — the report is never public; unticked, its text goes public once PPID Utama verified it (names you typed removed).");

    public static string AnonymousChoice => Bilingual.T(
        "Anonim — identitas Anda hanya diketahui PPID Utama, tidak juga oleh OPD yang menangani.",
        "Anonymous — only PPID Utama knows who you are, not even the agency handling it.");

    public static string ShareContactChoice => Bilingual.T(
        "OPD boleh melihat kontak saya — tanpa centang, OPD menjawab lewat laporan ini dan PPID Utama menjadi perantara.",
        "The agency may see my contact details — unticked, the agency answers through this report and PPID Utama relays.");

    /// <summary>The reporter's choices, as staff read them on a report.</summary>
    public static string PrivacyOf(bool anonymous, bool confidential, bool contactShared) => string.Join(" · ", new[]
    {
        confidential ? Bilingual.T("rahasia", "confidential") : Bilingual.T("publik setelah verifikasi", "public once verified"),
        anonymous ? Bilingual.T("anonim", "anonymous") : null,
        contactShared ? Bilingual.T("kontak dibagikan ke OPD", "contact shared with the agency") : null,
    }.OfType<string>());
}

internal enum StepState
{
    Done,
    Current,
    ToCome,
}
