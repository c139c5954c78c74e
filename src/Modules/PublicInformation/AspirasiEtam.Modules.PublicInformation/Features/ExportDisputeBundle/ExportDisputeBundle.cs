using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using AspirasiEtam.Shared.Time;
using AspirasiEtam.Modules.PublicInformation.Features.ExportRegister;
using AspirasiEtam.Modules.PublicInformation.Features.ExportRequestRegister;

namespace AspirasiEtam.Modules.PublicInformation.Features.ExportDisputeBundle;

/// <summary>
/// Everything the Komisi Informasi asks for in a dispute, in one ZIP: the chronology, the request, every notice and
/// the superior's answers exactly as issued, each objection, and the request's and objections' rows of the registers.
/// The applicant's name and contact are in it for those who may see them; the identity number and scan never are
/// (the applicant files those with the Commission).
/// </summary>
[Authorize(Policy = Policies.Staff)]
internal sealed record ExportDisputeBundle(Guid Id) : IRequest<RegisterFile>;

internal sealed class ExportDisputeBundleHandler(PublicInformationDbContext context, StaffRequests staff) : IRequestHandler<ExportDisputeBundle, RegisterFile>
{
    public async Task<RegisterFile> Handle(ExportDisputeBundle request, CancellationToken cancellationToken)
    {
        var r = await staff.FindToReadAsync(request.Id, cancellationToken);
        var agency = await context.FindAgencyAsync(r.AgencyId, cancellationToken);
        var objections = await context.Objections.AsNoTracking().Where(o => o.RequestId == r.Id).OrderBy(o => o.FiledAt).ToListAsync(cancellationToken);
        var requestClock = await context.RequestClockAsync(cancellationToken);

        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(archive, "00-kronologi.html", Page($"Kronologi {r.Number}", Chronology(r, objections)));
            Add(archive, "01-permohonan.html", Page($"Permohonan {r.Number}", RequestPage(r, agency, staff.MaySeeContact(r), requestClock)));
            foreach (var notice in r.Notices.OrderBy(n => n.Sequence))
            {
                Add(archive, $"02-surat-{notice.Sequence}-{notice.Kind.ToString().ToLowerInvariant()}.html", Page(notice.Number, notice.Html));
            }

            var i = 0;
            foreach (var o in objections)
            {
                i++;
                Add(archive, $"03-keberatan-{i}.html", Page(o.Number, ObjectionPage(o)));
                if (o.NoticeHtml is { } html)
                {
                    Add(archive, $"04-tanggapan-atasan-{i}.html", Page(o.DecisionNumber, html));
                }
            }

            // The request's and objections' rows exactly as the registers export them.
            Add(archive, "05-register-permohonan.csv", RegisterSheet.ToCsv([ExportRequestRegisterHandler.PublicRow(r, agency.Name, requestClock)], ExportRequestRegisterHandler.PublicRequestColumns));
            Add(archive, "06-register-keberatan.csv", RegisterSheet.ToCsv(
                objections.Select(o => ExportRequestRegisterHandler.ObjectionRow(o, r.Number, agency.Name)), ExportRequestRegisterHandler.ObjectionColumns));
        }

        return new RegisterFile(zip.ToArray(), "application/zip", $"sengketa-{r.Number.Replace('/', '-')}.zip");
    }

    private static string Chronology(InformationRequest r, IReadOnlyList<Objection> objections)
    {
        var events = r.Steps.Select(s => (s.At, s.Text)).ToList();
        events.AddRange(objections.Where(o => o.DecidedAt is not null).Select(o => (o.DecidedAt!.Value, $"Putusan atasan PPID atas keberatan {o.Number}: {o.Outcome}")));
        var html = new StringBuilder("<table><thead><tr><th>Waktu (WITA)</th><th>Peristiwa</th></tr></thead><tbody>");
        foreach (var (at, text) in events.OrderBy(e => e.Item1))
        {
            html.Append("<tr><td>").Append(E(LocalTime.Format(at))).Append("</td><td>").Append(E(text)).Append("</td></tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    private static string RequestPage(InformationRequest r, PpidAgency agency, bool contact, RequestClock requestClock)
    {
        var due = DueView.Of(r, requestClock);
        var a = r.Applicant;
        var rows = new List<(string, string)>
        {
            ("Nomor registrasi", r.Number), ("OPD", agency.Name), ("Diterima", LocalTime.Format(r.ReceivedAt)), ("Saluran", r.Channel),
            ("Pemohon", contact ? $"{a.Name} ({RequestCodes.Code(a.Kind)})" : "(dirahasiakan dari OPD atas pilihan pemohon)"),
            ("Alamat", contact ? a.Address ?? "-" : "-"), ("Pekerjaan", contact ? a.Occupation ?? "-" : "-"),
            ("Kontak", contact ? string.Join(" / ", new[] { a.Phone, a.Email }.Where(x => x is not null)) : "-"),
            ("Informasi yang dimohon", r.InformationWanted), ("Tujuan", r.Purpose),
            ("Cara memperoleh", RequestCodes.ObtainName(r.Obtain, english: false)), ("Cara menerima", RequestCodes.DeliveryName(r.Delivery, english: false)),
            ("Batas waktu", $"{due.DueOn:yyyy-MM-dd} — {due.HowCountedId}"), ("Perpanjangan", r.ExtensionReason ?? "-"),
            ("Keputusan", r.Outcome is { } o ? RequestCodes.OutcomeName(o, english: false) : "Belum diputus"),
        };
        return "<dl>" + string.Concat(rows.Select(x => $"<dt>{E(x.Item1)}</dt><dd>{E(x.Item2)}</dd>")) + "</dl>";
    }

    private static string ObjectionPage(Objection o)
    {
        var ground = ObjectionGrounds.Find(o.Ground);
        return "<dl>"
            + $"<dt>Nomor keberatan</dt><dd>{E(o.Number)}</dd><dt>Diajukan</dt><dd>{E(LocalTime.Format(o.FiledAt))}</dd>"
            + $"<dt>Alasan (Pasal 35)</dt><dd>{E(ground is null ? o.Ground : $"{ground.Basis}: {ground.TextId}")}</dd>"
            + $"<dt>Uraian</dt><dd>{E(o.Reasons)}</dd><dt>Batas tanggapan atasan</dt><dd>{o.DueOn:yyyy-MM-dd}</dd>"
            + $"<dt>Putusan</dt><dd>{E(o.Outcome?.ToString() ?? "Belum diputus")}</dd></dl>";
    }

    private static string Page(string title, string body) =>
        $"<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>{E(title)}</title></head><body><h1>{E(title)}</h1>{body}</body></html>";

    private static void Add(ZipArchive archive, string name, string text) => Add(archive, name, Encoding.UTF8.GetBytes(text));

    private static void Add(ZipArchive archive, string name, byte[] content)
    {
        using var stream = archive.CreateEntry(name, CompressionLevel.Optimal).Open();
        stream.Write(content);
    }

    private static string E(string text) => HtmlEncoder.Default.Encode(text);
}

internal static class ExportDisputeBundleEndpoint
{
    public static void Map(IEndpointRouteBuilder staff) =>
        staff.MapGet("/{id:guid}/dispute-bundle.zip", async Task<FileContentHttpResult> (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                var file = await mediator.Send(new ExportDisputeBundle(id), ct);
                return TypedResults.File(file.Content, file.ContentType, file.FileName);
            })
            .WithName("ExportDisputeBundle")
            .WithSummary("One ZIP for the Komisi Informasi: chronology, request, notices, objections and decisions, register rows")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
