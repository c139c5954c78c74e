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

    public static string Status(string status) => Enum.TryParse<SubmissionStatus>(status, out var s) ? StatusText.Of(s) : status;

    public static string Privacy(Privacy privacy) => privacy switch
    {
        Domain.Privacy.Confidential => Bilingual.T("Rahasia — tidak tampil di publik sama sekali; hanya petugas yang menanganinya yang membaca.", "Confidential — never public; only the staff handling it read it."),
        Domain.Privacy.Anonymous => Bilingual.T("Anonim — isi laporan tampil di publik, identitas Anda hanya diketahui PPID Utama (tidak juga oleh OPD).", "Anonymous — the report is public; your identity is known only to PPID Utama (not even the agency)."),
        _ => Bilingual.T("Terbuka — isi laporan tampil di publik; identitas Anda tetap tidak ditampilkan di publik.", "Open — the report is public; your identity is still never shown publicly."),
    };
}
