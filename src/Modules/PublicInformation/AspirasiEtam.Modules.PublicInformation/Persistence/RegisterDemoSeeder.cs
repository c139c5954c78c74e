using AspirasiEtam.Shared.Files;
using AspirasiEtam.Shared.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace AspirasiEtam.Modules.PublicInformation.Persistence;

/// <summary>
/// In Development only, once the directory's agencies have arrived: a living register for a newcomer — published
/// berkala and setiap-saat entries of Diskominfo, Dinas Kesehatan and BPKAD with small generated PDFs, a draft, and
/// one exempt entry. Runs once (does nothing when any entry exists).
/// </summary>
internal sealed class RegisterDemoSeeder(IServiceProvider services, IHostEnvironment environment, TimeProvider clock, ILogger<RegisterDemoSeeder> logger)
    : BackgroundService
{
    private static readonly string[] Codes = ["DISKOMINFO", "DINKES", "BPKAD"];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!environment.IsDevelopment())
        {
            return;
        }

        for (var attempt = 0; attempt < 120 && !stoppingToken.IsCancellationRequested; attempt++)
        {
            using var scope = services.CreateScope();
            var context = scope.ServiceProvider.GetRequiredService<PublicInformationDbContext>();
            var agencies = await context.Agencies.Where(a => Codes.Contains(a.Code)).ToDictionaryAsync(a => a.Code, stoppingToken);
            if (agencies.Count == Codes.Length)
            {
                try
                {
                    if (!await context.Entries.AnyAsync(stoppingToken))
                    {
                        await SeedAsync(context, scope.ServiceProvider.GetRequiredService<IFileStorage>(), agencies, stoppingToken);
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // Demo data is a convenience: its failure is logged, it never stops the portal.
                    logger.LogError(ex, "The demo register could not be seeded");
                }

                return;
            }

            await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
        }

        logger.LogWarning("The demo register was not seeded: agencies {Codes} did not arrive from the directory", string.Join(", ", Codes));
    }

    private async Task SeedAsync(PublicInformationDbContext context, IFileStorage storage, Dictionary<string, PpidAgency> agencies, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var sequence = new Dictionary<string, int>();
        var files = new List<(string Key, byte[] Content)>();
        InformationEntry Add(string code, string title, string summary, InformationCategory category, string unit, int year, string[] tags, string? pdfText = null, bool publish = true)
        {
            var agency = agencies[code];
            sequence[code] = sequence.GetValueOrDefault(code) + 1;
            var entry = InformationEntry.Draft(agency.Id, code, sequence[code], new EntryDetails(
                title, summary, category, unit, $"Kepala {unit}", $"{year}", "Samarinda", AvailableForm.Both, "5 tahun", year, tags, []), Guid.Empty, now);
            if (pdfText is not null)
            {
                var pdf = Pdf(title, pdfText);
                var document = entry.AddDocument(null, $"{string.Join('-', title.Split(' ').Take(4))}.pdf", ".pdf", "application/pdf", pdf.Length,
                    DocumentText.Extract(new CleanUpload(UploadKind.Pdf, "application/pdf", ".pdf", pdf), EntryLimits.DocumentText), Guid.Empty, now);
                files.Add((document.StorageKey, pdf));
            }

            if (publish)
            {
                entry.Publish(Guid.Empty, now);
            }

            context.Entries.Add(entry);
            return entry;
        }

        Add("DISKOMINFO", "Profil Dinas Komunikasi dan Informatika", "Kedudukan, tugas dan fungsi, struktur organisasi serta profil pimpinan Diskominfo Kaltim.",
            InformationCategory.Berkala, "Sekretariat", now.Year, ["profil", "struktur organisasi"], "Diskominfo Provinsi Kalimantan Timur berkedudukan di Samarinda. Tugas: urusan komunikasi, informatika, statistik dan persandian.");
        Add("DISKOMINFO", "Laporan Kinerja Instansi Pemerintah (LKjIP) 2025", "Ringkasan capaian kinerja Diskominfo tahun anggaran 2025.",
            InformationCategory.Berkala, "Bidang Perencanaan", now.Year - 1, ["lkjip", "kinerja"], "Capaian indeks SPBE provinsi 2025: 3,12. Jaringan intra pemerintah menjangkau 39 perangkat daerah.");
        Add("DISKOMINFO", "Standar Operasional Prosedur Pelayanan Informasi Publik", "SOP permohonan informasi dan keberatan di PPID Utama.",
            InformationCategory.SetiapSaat, "PPID Utama", now.Year, ["sop", "ppid"], "Permohonan dijawab paling lambat 10 hari kerja dan dapat diperpanjang 7 hari kerja.");
        Add("DINKES", "Profil Kesehatan Provinsi Kalimantan Timur 2025", "Data derajat kesehatan, fasilitas dan tenaga kesehatan kabupaten/kota.",
            InformationCategory.Berkala, "Bidang Sumber Daya Kesehatan", now.Year - 1, ["kesehatan", "puskesmas"], "Jumlah puskesmas 2025: 188. Cakupan imunisasi dasar lengkap: 92 persen.");
        Add("DINKES", "Peringatan dini demam berdarah dengue", "Kenaikan kasus DBD di Samarinda dan Balikpapan; langkah 3M Plus.",
            InformationCategory.SertaMerta, "Bidang Pencegahan dan Pengendalian Penyakit", now.Year, ["dbd", "wabah"]);
        Add("DINKES", "Rencana Kerja Dinas Kesehatan 2027", "Rancangan rencana kerja yang sedang disusun.", InformationCategory.SetiapSaat,
            "Sekretariat", now.Year + 1, ["renja"], publish: false);
        Add("BPKAD", "Laporan Realisasi Anggaran Semester I", "Realisasi pendapatan dan belanja daerah semester pertama.",
            InformationCategory.Berkala, "Bidang Akuntansi", now.Year, ["apbd", "keuangan", "realisasi"], "Realisasi belanja daerah semester I mencapai 41,7 persen dari pagu APBD.");
        var exempt = Add("BPKAD", "Dokumen penawaran lelang aset daerah yang sedang berlangsung", "Harga perkiraan sendiri dan dokumen penawaran peserta.",
            InformationCategory.SetiapSaat, "Bidang Aset", now.Year, ["aset"], publish: false);
        exempt.DeclareExempt(new Exemption("17b", "Membuka harga perkiraan sendiri sebelum lelang selesai merugikan persaingan usaha yang sehat.",
            "Kepentingan publik atas lelang yang wajar lebih terlindungi bila dokumen dibuka setelah pemenang ditetapkan.",
            DateOnly.FromDateTime(now).AddMonths(6), "SK PPID Utama Nomor 12/PPID/2026", DateOnly.FromDateTime(now)), Guid.Empty, now);

        foreach (var (key, content) in files)
        {
            await storage.SaveAsync(key, content, cancellationToken);
        }

        foreach (var entry in context.Entries.Local.Where(e => e.IsPublic).ToList())
        {
            await context.SyncPublicRowAsync(entry, cancellationToken);
        }

        await context.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Seeded {Count} demo register entries", context.Entries.Local.Count);
    }

    /// <summary>A one-page PDF with a title and a line of text (PdfPig's writer, Helvetica).</summary>
    internal static byte[] Pdf(string title, string text)
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        page.AddText(title, 14, new PdfPoint(50, 780), font);
        var y = 750;
        foreach (var line in Wrap(text, 90))
        {
            page.AddText(line, 10, new PdfPoint(50, y), font);
            y -= 14;
        }

        return builder.Build();
    }

    private static IEnumerable<string> Wrap(string text, int width)
    {
        var line = string.Empty;
        foreach (var word in text.Split(' '))
        {
            if (line.Length + word.Length + 1 > width)
            {
                yield return line;
                line = string.Empty;
            }

            line = line.Length == 0 ? word : $"{line} {word}";
        }

        if (line.Length > 0)
        {
            yield return line;
        }
    }
}
