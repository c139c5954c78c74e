using System.Globalization;
using AspirasiEtam.Modules.PublicInformation.Features.ExportRegister;

namespace AspirasiEtam.Modules.PublicInformation.Features.GetAnnualReport;

/// <summary>
/// The annual report on public information service (Perki 1/2021, due 31 March of the next year): per agency and for
/// the province, the requests received in the year, how long they took in working days, how they were decided,
/// refusals by Pasal 17 ground, and objections with their outcomes. Counts only: no applicant, no request text.
/// </summary>
internal sealed record GetAnnualReport(int Year) : IRequest<AnnualReport>;

internal sealed record AnnualReport(int Year, AnnualFigures Province, IReadOnlyList<AnnualFigures> Agencies);

internal sealed record AnnualFigures(
    Guid? AgencyId, string Agency, int Requests, int Granted, int GrantedInPart, int Refused, int NotHeld, int Open, int Extended, int Late,
    double? AverageWorkingDays, int? LongestWorkingDays, IReadOnlyDictionary<string, int> RefusedByGround, int Objections, int ObjectionsUpheld,
    int ObjectionsDismissed, int ObjectionsOpen)
{
    public int Answered => Granted + GrantedInPart + Refused + NotHeld;
}

internal sealed class GetAnnualReportValidator : AbstractValidator<GetAnnualReport>
{
    public GetAnnualReportValidator() => RuleFor(r => r.Year).InclusiveBetween(2008, 2100).WithMessage("Tahun tidak valid. / Invalid year.");
}

internal sealed class GetAnnualReportHandler(PublicInformationDbContext context) : IRequestHandler<GetAnnualReport, AnnualReport>
{
    public async Task<AnnualReport> Handle(GetAnnualReport request, CancellationToken cancellationToken)
    {
        var requests = await context.Requests.AsNoTracking().Where(r => r.NumberYear == request.Year)
            .Select(r => new RequestFacts(r.AgencyId, r.Status, r.Outcome, r.ReceivedOn, r.DueOn, r.DecidedOn, r.ExtensionReason != null, r.ExemptionGround))
            .ToListAsync(cancellationToken);
        var objections = await context.Objections.AsNoTracking().Where(o => o.NumberYear == request.Year)
            .Select(o => new ObjectionFacts(o.AgencyId, o.Status, o.Outcome)).ToListAsync(cancellationToken);
        var agencies = await context.Agencies.AsNoTracking().Where(a => a.IsActive).OrderBy(a => a.Name).ToListAsync(cancellationToken);
        var requestClock = await context.RequestClockAsync(cancellationToken);

        return new AnnualReport(
            request.Year,
            Figures(null, "Provinsi Kalimantan Timur", requests, objections, requestClock),
            [.. agencies.Select(a => Figures(a.Id, a.Name, [.. requests.Where(r => r.AgencyId == a.Id)], [.. objections.Where(o => o.AgencyId == a.Id)], requestClock))]);
    }

    private static AnnualFigures Figures(Guid? agencyId, string name, List<RequestFacts> requests, List<ObjectionFacts> objections, RequestClock requestClock)
    {
        var days = requests.Where(r => r.DecidedOn is not null).Select(r => requestClock.WorkingDaysBetween(r.ReceivedOn, r.DecidedOn!.Value)).ToList();
        return new AnnualFigures(
            agencyId, name, requests.Count,
            requests.Count(r => r.Outcome == RequestOutcome.Granted), requests.Count(r => r.Outcome == RequestOutcome.GrantedInPart),
            requests.Count(r => r.Outcome == RequestOutcome.Refused), requests.Count(r => r.Outcome == RequestOutcome.NotHeld),
            requests.Count(r => r.Status == RequestStatus.Registered), requests.Count(r => r.Extended),
            requests.Count(r => r.DecidedOn is { } d ? d > r.DueOn : false),
            days.Count == 0 ? null : Math.Round(days.Average(), 1), days.Count == 0 ? null : days.Max(),
            requests.Where(r => r.Outcome == RequestOutcome.Refused && r.Ground is not null).GroupBy(r => r.Ground!).OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Count()),
            objections.Count, objections.Count(o => o.Outcome == ObjectionOutcome.Upheld), objections.Count(o => o.Outcome == ObjectionOutcome.Dismissed),
            objections.Count(o => o.Status == ObjectionStatus.Filed));
    }

    private sealed record RequestFacts(Guid AgencyId, RequestStatus Status, RequestOutcome? Outcome, DateOnly ReceivedOn, DateOnly DueOn, DateOnly? DecidedOn, bool Extended, string? Ground);

    private sealed record ObjectionFacts(Guid AgencyId, ObjectionStatus Status, ObjectionOutcome? Outcome);
}

/// <summary>The report as one XLSX sheet: the province first, then each agency.</summary>
internal static class AnnualReportSheet
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "OPD", "Jumlah Permohonan", "Dikabulkan Seluruhnya", "Dikabulkan Sebagian", "Ditolak", "Tidak Dikuasai", "Dalam Proses", "Diperpanjang",
        "Melewati Batas Waktu", "Rata-rata Waktu (hari kerja)", "Waktu Terlama (hari kerja)", "Penolakan per Alasan (Pasal 17)", "Keberatan",
        "Keberatan Diterima", "Keberatan Ditolak", "Keberatan Dalam Proses",
    ];

    public static RegisterFile ToXlsx(AnnualReport report)
    {
        var rows = new[] { report.Province }.Concat(report.Agencies).Select(f => (IReadOnlyList<string>)
        [
            f.Agency, N(f.Requests), N(f.Granted), N(f.GrantedInPart), N(f.Refused), N(f.NotHeld), N(f.Open), N(f.Extended), N(f.Late),
            f.AverageWorkingDays?.ToString("0.0", CultureInfo.InvariantCulture) ?? string.Empty, f.LongestWorkingDays is { } l ? N(l) : string.Empty,
            string.Join("; ", f.RefusedByGround.Select(g => $"{g.Key}: {g.Value}")), N(f.Objections), N(f.ObjectionsUpheld), N(f.ObjectionsDismissed), N(f.ObjectionsOpen),
        ]);
        return new RegisterFile(
            RegisterSheet.ToXlsx(rows, $"Laporan {report.Year}", Columns), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            $"laporan-layanan-informasi-{report.Year}.xlsx");
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}

internal static class GetAnnualReportEndpoint
{
    public static void Map(IEndpointRouteBuilder open)
    {
        open.MapGet("/requests/annual-report", async Task<Ok<AnnualReport>> (int year, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetAnnualReport(year), ct)))
            .WithName("GetAnnualReport").WithSummary("The annual report on public information service of a year (?year=2026)")
            .ProducesValidationProblem();
        open.MapGet("/requests/annual-report.xlsx", async Task<FileContentHttpResult> (int year, IMediator mediator, CancellationToken ct) =>
            {
                var file = AnnualReportSheet.ToXlsx(await mediator.Send(new GetAnnualReport(year), ct));
                return TypedResults.File(file.Content, file.ContentType, file.FileName);
            })
            .WithName("ExportAnnualReport").WithSummary("The annual report of a year as XLSX (?year=2026)")
            .ProducesValidationProblem();
    }
}
