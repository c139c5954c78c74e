using AspirasiEtam.Shared.Time;
namespace AspirasiEtam.Modules.PublicInformation.Pages.Ppid;

/// <summary>How the register's codes read on pages, in the request's language.</summary>
internal static class RegisterLabels
{
    public static string Category(string code) =>
        RegisterCodes.ParseCategory(code) is { } category ? RegisterCodes.CategoryName(category, Bilingual.IsEnglish) : code;

    public static string Form(string code) => RegisterCodes.ParseForm(code) switch
    {
        AvailableForm.SoftCopy => Bilingual.T("Softcopy", "Soft copy"),
        AvailableForm.HardCopy => Bilingual.T("Hardcopy", "Hard copy"),
        AvailableForm.Both => Bilingual.T("Softcopy dan hardcopy", "Soft and hard copy"),
        _ => code,
    };

    public static string Status(string status) => status switch
    {
        nameof(EntryStatus.Draft) => Bilingual.T("Draf", "Draft"),
        nameof(EntryStatus.Published) => Bilingual.T("Terbit", "Published"),
        nameof(EntryStatus.Exempt) => Bilingual.T("Dikecualikan", "Exempt"),
        nameof(EntryStatus.Withdrawn) => Bilingual.T("Ditarik", "Withdrawn"),
        _ => status,
    };

    public static string Change(string kind, string? note) => kind switch
    {
        nameof(EntryChangeKind.Drafted) => Bilingual.T("draf dibuat", "draft started"),
        nameof(EntryChangeKind.Updated) => Bilingual.T("keterangan diperbarui", "details updated"),
        nameof(EntryChangeKind.Published) => Bilingual.T("diterbitkan", "published"),
        nameof(EntryChangeKind.DocumentAdded) => Bilingual.T($"dokumen ditambahkan: {note}", $"document added: {note}"),
        nameof(EntryChangeKind.DocumentVersionAdded) => Bilingual.T($"versi baru dokumen: {note}", $"new version of the document: {note}"),
        nameof(EntryChangeKind.Withdrawn) => Bilingual.T($"ditarik: {note}", $"withdrawn: {note}"),
        nameof(EntryChangeKind.DeclaredExempt) => Bilingual.T($"dikecualikan (Pasal {note})", $"declared exempt (Pasal {note})"),
        nameof(EntryChangeKind.ExemptionEnded) => Bilingual.T($"masa pengecualian berakhir {note}; kembali menjadi draf untuk ditinjau", $"exemption ended {note}; back to draft for review"),
        nameof(EntryChangeKind.Announced) => Bilingual.T($"diumumkan di semua halaman sampai {note} UTC", $"announced on every page until {note} UTC"),
        _ => kind,
    };

    /// <summary>A date as people in East Kalimantan read it (WITA, UTC+8).</summary>
    public static string Date(DateTime utc) => LocalTime.Of(utc).ToString("d MMM yyyy", System.Globalization.CultureInfo.CurrentCulture);

    public static string Size(long bytes) => bytes >= 1024 * 1024
        ? $"{bytes / (1024.0 * 1024):0.0} MB"
        : $"{Math.Max(1, bytes / 1024)} KB";
}
