using System.Globalization;

namespace AspirasiEtam.Modules.PublicInformation.Pages.Requests;

/// <summary>How the codes of requests and objections read on pages, in the request's language.</summary>
internal static class RequestLabels
{
    public static string Status(string status) => status switch
    {
        "registered" => Bilingual.T("Dalam proses", "In progress"),
        "decided" => Bilingual.T("Sudah diputus", "Decided"),
        "closed" => Bilingual.T("Ditutup", "Closed"),
        "filed" => Bilingual.T("Menunggu tanggapan atasan PPID", "Waiting for the superior's answer"),
        _ => status,
    };

    public static string Outcome(string? outcome) => outcome switch
    {
        null => "—",
        "upheld" => Bilingual.T("Keberatan diterima", "Objection upheld"),
        "dismissed" => Bilingual.T("Keberatan ditolak", "Objection dismissed"),
        _ => RequestCodes.ParseOutcome(outcome) is { } o ? RequestCodes.OutcomeName(o, Bilingual.IsEnglish) : outcome,
    };

    public static string Obtain(string code) => RequestCodes.ParseObtain(code) is { } o ? RequestCodes.ObtainName(o, Bilingual.IsEnglish) : code;

    public static string Delivery(string code) => RequestCodes.ParseDelivery(code) is { } d ? RequestCodes.DeliveryName(d, Bilingual.IsEnglish) : code;

    public static string Day(DateOnly day) => day.ToString("d MMM yyyy", CultureInfo.CurrentCulture);

    public static string HowCounted(DueView due) => Bilingual.IsEnglish ? due.HowCountedEn : due.HowCountedId;

    public static string Ground(string code) =>
        ObjectionGrounds.Find(code) is { } g ? $"{g.Code}: {Bilingual.T(g.TextId, g.TextEn)}"
        : ExemptionGrounds.Find(code) is { } e ? $"{e.Basis}: {Bilingual.T(e.TextId, e.TextEn)}"
        : code;
}
