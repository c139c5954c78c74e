using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace AspirasiEtam.Modules.PublicInformation.Features;

/// <summary>
/// The letters the PPID issues — the notice of extension, the written notice of the decision (Surat Pemberitahuan
/// Tertulis), the superior's decision on an objection — as HTML fragments, stored exactly as issued and printed with
/// the site's print style. Every value written by a person is HTML-encoded here. A request whose applicant kept the
/// identity from the agency is addressed by its number, not the name.
/// </summary>
internal static class RequestLetters
{
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    public static string Extension(InformationRequest r, PpidAgency agency, string number, DateOnly today, string reason, DateOnly newDue, string signedBy)
    {
        var html = Open(agency, "PEMBERITAHUAN PERPANJANGAN JANGKA WAKTU", "Notice of extension", number, today, r);
        html.Append(Paragraph($"Menindaklanjuti permohonan informasi publik nomor {r.Number} yang diterima pada {Date(r.ReceivedOn)}, dengan ini kami beritahukan bahwa jangka waktu pemberian jawaban diperpanjang paling lama 7 (tujuh) hari kerja, sampai dengan {Date(newDue)} (UU 14/2008 Pasal 22 ayat 8)."));
        html.Append(Row("Alasan perpanjangan / Reason", reason));
        html.Append(Row("Informasi yang dimohon / Information requested", r.InformationWanted));
        return Close(html, signedBy);
    }

    public static string Decision(InformationRequest r, PpidAgency agency, string number, DateOnly today, RequestDecision d, DateOnly objectionUntil, string signedBy)
    {
        var html = Open(agency, "SURAT PEMBERITAHUAN TERTULIS", "Written notice", number, today, r);
        html.Append(Paragraph($"Berdasarkan permohonan informasi publik nomor {r.Number} yang diterima pada {Date(r.ReceivedOn)}, bersama ini kami sampaikan keputusan atas permohonan tersebut (UU 14/2008 Pasal 22 ayat 7)."));
        html.Append(Row("Informasi yang dimohon / Information requested", r.InformationWanted));
        html.Append(Row("Keputusan / Decision", $"{RequestCodes.OutcomeName(d.Outcome, english: false)} / {RequestCodes.OutcomeName(d.Outcome, english: true)}"));
        html.Append(Row("Uraian / Details", d.Text));
        if (d.Outcome == RequestOutcome.GrantedInPart)
        {
            html.Append(Row("Bagian yang dihitamkan dan alasannya / What was blacked out and why", d.Redactions ?? string.Empty));
        }

        if (d.ExemptionGround is { } code && ExemptionGrounds.Find(code) is { } ground)
        {
            html.Append(Row("Dasar pengecualian / Exemption ground", $"{ground.Basis}: {ground.TextId}"));
            html.Append(Row("Uji konsekuensi / Consequence test", d.ConsequenceTest ?? string.Empty));
        }

        if (d.Outcome == RequestOutcome.NotHeld)
        {
            html.Append(Row("Informasi dikuasai oleh / Held by", d.HoldingBody ?? "Informasi belum didokumentasikan / The information does not exist"));
        }

        if (d.Outcome is RequestOutcome.Granted or RequestOutcome.GrantedInPart)
        {
            html.Append(Row("Cara memperoleh / How to obtain", $"{RequestCodes.ObtainName(r.Obtain, english: false)}; {RequestCodes.DeliveryName(r.Delivery, english: false)}"));
            html.Append(Row(
                "Biaya / Fee",
                d.Fee > 0 ? $"Rp {d.Fee.ToString("N0", Indonesian)} — {d.FeeNote} (biaya nyata penggandaan/pengiriman / actual copying/delivery cost)" : "Tanpa biaya / Free of charge"));
        }

        html.Append(Paragraph($"Apabila Saudara tidak puas dengan keputusan ini, Saudara dapat mengajukan keberatan kepada atasan PPID paling lambat {Date(objectionUntil)} (30 hari kerja, UU 14/2008 Pasal 35–36). / If you disagree, you may object to the PPID's superior until {Date(objectionUntil)}."));
        return Close(html, signedBy);
    }

    public static string ObjectionDecision(Objection o, InformationRequest r, PpidAgency agency, DateOnly today, ObjectionOutcome outcome, string text, DateOnly commissionDeadline, string signedBy)
    {
        var html = Open(agency, "TANGGAPAN ATASAN PPID ATAS KEBERATAN", "The superior's answer to an objection", o.DecisionNumber, today, r);
        var ground = ObjectionGrounds.Find(o.Ground);
        html.Append(Paragraph($"Atas keberatan nomor {o.Number} tanggal {Date(o.FiledOn)} terhadap permohonan informasi nomor {r.Number}, atasan PPID memutuskan sebagai berikut (UU 14/2008 Pasal 36)."));
        html.Append(Row("Alasan keberatan / Ground", ground is null ? o.Ground : $"{ground.Basis}: {ground.TextId}"));
        html.Append(Row("Putusan / Decision", outcome == ObjectionOutcome.Upheld
            ? "Keberatan diterima: PPID wajib memberikan informasi yang dimohon. / Objection upheld: the PPID must provide the information."
            : "Keberatan ditolak. / Objection dismissed."));
        html.Append(Row("Pertimbangan / Reasons", text));
        html.Append(Paragraph($"Apabila Saudara tidak puas dengan tanggapan ini, Saudara dapat mengajukan sengketa informasi kepada Komisi Informasi paling lambat {Date(commissionDeadline)} (14 hari kerja, UU 14/2008 Pasal 37). / You may take the dispute to the Information Commission until {Date(commissionDeadline)}."));
        return Close(html, signedBy, "Atasan PPID");
    }

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Indonesian);

    private static StringBuilder Open(PpidAgency agency, string titleId, string titleEn, string number, DateOnly today, InformationRequest r)
    {
        var office = agency.IsMainOffice ? "PPID Utama Pemerintah Provinsi Kalimantan Timur" : $"PPID Pembantu {agency.Name}";
        var to = r.Applicant.HiddenFromAgency ? $"Pemohon informasi nomor {r.Number}" : r.Applicant.Name;
        var html = new StringBuilder("<article class=\"letter\">");
        html.Append("<header><p class=\"letterhead\">").Append(E(office)).Append("</p><p>").Append(E(agency.Name)).Append("</p></header>");
        html.Append("<h2>").Append(E(titleId)).Append("<br><small lang=\"en\">").Append(E(titleEn)).Append("</small></h2>");
        html.Append("<dl class=\"letter-meta\"><dt>Nomor / Number</dt><dd>").Append(E(number)).Append("</dd><dt>Tanggal / Date</dt><dd>").Append(E(Date(today))).Append("</dd>");
        html.Append("<dt>Kepada / To</dt><dd>").Append(E(to)).Append("</dd></dl>");
        return html;
    }

    private static string Close(StringBuilder html, string signedBy, string role = "Pejabat Pengelola Informasi dan Dokumentasi") =>
        html.Append("<footer class=\"signature\"><p>").Append(E(role)).Append(",</p><p class=\"signed-name\">").Append(E(signedBy))
            .Append("</p><p class=\"muted\">Ditandatangani secara elektronik di portal PPID / Signed electronically on the PPID portal</p></footer></article>")
            .ToString();

    private static string Paragraph(string text) => "<p>" + E(text) + "</p>";

    private static string Row(string label, string value) => "<section><h3>" + E(label) + "</h3><p class=\"pre\">" + E(value) + "</p></section>";

    private static string E(string text) => HtmlEncoder.Default.Encode(text);
}
