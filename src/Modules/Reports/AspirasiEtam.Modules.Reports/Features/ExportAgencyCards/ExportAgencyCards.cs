using System.Globalization;
using AspirasiEtam.Modules.Reports.Caching;
using Microsoft.Extensions.DependencyInjection;
using AspirasiEtam.Modules.Reports.Features.GetAgencyCards;
using AspirasiEtam.Shared.Files;

namespace AspirasiEtam.Modules.Reports.Features.ExportAgencyCards;

/// <summary>
/// The table behind the agency cards as CSV or XLSX, for whoever wants to work with the figures: the province's
/// totals first, then each agency in the card's order. The same figures as <see cref="GetAgencyCards.GetAgencyCards"/>.
/// </summary>
[AllowAnonymous]
internal sealed record ExportAgencyCards(ReportPeriod Period, string? Format) : IRequest<CardsFile>;

internal sealed record CardsFile(byte[] Content, string ContentType, string FileName);

internal sealed class ExportAgencyCardsValidator : AbstractValidator<ExportAgencyCards>
{
    public ExportAgencyCardsValidator()
    {
        RuleFor(r => r.Format).Must(f => f is "csv" or "xlsx").WithMessage("Format csv atau xlsx. / Format must be csv or xlsx.");
        RuleFor(r => r.Period).SetValidator(new ReportPeriodRules());
    }
}

internal sealed class ExportAgencyCardsHandler(IMediator mediator) : IRequestHandler<ExportAgencyCards, CardsFile>
{
    private static readonly string[] Columns =
    [
        "Kode OPD", "OPD", "Diterima", "Dijawab", "Dijawab tepat waktu", "Persen tepat waktu", "Median hari kerja", "P90 hari kerja",
        "Dibuka kembali", "Jumlah penilaian", "Rata-rata nilai",
        "Permohonan informasi", "Permohonan diputus", "Diputus tepat waktu", "Persen diputus tepat waktu", "Dikabulkan", "Dikabulkan sebagian",
        "Ditolak", "Tidak dikuasai", "Keberatan", "Keberatan dikabulkan", "Kesegaran DIP",
    ];

    public async Task<CardsFile> Handle(ExportAgencyCards request, CancellationToken cancellationToken)
    {
        var cards = await mediator.Send(new GetAgencyCards.GetAgencyCards(request.Period), cancellationToken);
        var rows = cards.Agencies.Select(a => Row(a.Code, a.Name, a.Figures, a.DipFreshness))
            .Prepend(Row("PROVINSI", "Provinsi Kalimantan Timur", cards.Province, cards.ProvinceDipFreshness)).ToList();
        var period = request.Period.Code;
        var name = $"kinerja-aspirasi-{period}.{request.Format}";
        return request.Format == "csv"
            ? new CardsFile(Spreadsheets.ToCsv(Columns, rows), Spreadsheets.CsvType, name)
            : new CardsFile(Spreadsheets.ToXlsx($"Kinerja {period}", Columns, rows), Spreadsheets.XlsxType, name);
    }

    private static string[] Row(string code, string name, Card f, int? dipFreshness) =>
    [
        code, name, Number(f.Received), Number(f.Answered), Number(f.AnsweredOnTime), Number(f.OnTimePercent), Number(f.MedianWorkingDays), Number(f.P90WorkingDays),
        Number(f.Reopened), Number(f.Ratings), Number(f.AverageRating),
        Number(f.Requests.Received), Number(f.Requests.Decided), Number(f.Requests.DecidedOnTime), Number(f.Requests.OnTimePercent), Number(f.Requests.Granted),
        Number(f.Requests.GrantedInPart), Number(f.Requests.Refused), Number(f.Requests.NotHeld), Number(f.Requests.Objections), Number(f.Requests.ObjectionsUpheld),
        Number(dipFreshness),
    ];

    private static string Number(double? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? string.Empty;
}

internal static class ExportAgencyCardsEndpoint
{
    public static void Map(IEndpointRouteBuilder open) =>
        open.MapGet("/aspirations.{format}", async Task<FileContentHttpResult> (string format, int year, int? quarter, int? month, IMediator mediator, CancellationToken ct) =>
            {
                var file = await mediator.Send(new ExportAgencyCards(new ReportPeriod(year, quarter, month), format.ToLowerInvariant()), ct);
                return TypedResults.File(file.Content, file.ContentType, file.FileName);
            })
            .CacheOutput(ReportsCache.Policy).WithName("ExportAgencyCards").WithSummary("The agency cards' table as CSV or XLSX (aspirations.csv, aspirations.xlsx)")
            .ProducesValidationProblem();
}
