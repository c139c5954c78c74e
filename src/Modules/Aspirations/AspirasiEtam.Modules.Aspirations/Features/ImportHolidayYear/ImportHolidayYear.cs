using System.Globalization;
using AspirasiEtam.Modules.Aspirations.Contracts;
using AspirasiEtam.Shared.Files;
using AspirasiEtam.Shared.Persistence;
using Microsoft.Extensions.Options;

namespace AspirasiEtam.Modules.Aspirations.Features.ImportHolidayYear;

/// <summary>
/// An admin loads a year's holidays and collective leave from the decree in one step (CSV: <c>date,kind,name_id,name_en</c>,
/// as the shipped list): the year's calendar becomes exactly the file — days added, renamed, removed, each announced
/// to the modules that count working days — and the year waits for confirmation again. One bad row changes nothing
/// and the answer names each row.
/// </summary>
[Authorize(Policy = Policies.Admin)]
internal sealed record ImportHolidayYear(int Year, UploadedFile? File) : IRequest<HolidayYearResponse>;

internal sealed record HolidayYearResponse(int Year, bool Confirmed, IReadOnlyList<HolidayResponse> Holidays);

/// <summary>A year as a route segment: a number of 2000–2100, or a field error (not a 404).</summary>
internal static class HolidayYears
{
    public static int Parse(string? year) =>
        int.TryParse(year, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value is >= 2000 and <= 2100
            ? value
            : throw new InvalidFieldException("year", "Tahun 2000–2100. / Year must be 2000–2100.");
}

internal sealed class ImportHolidayYearHandler(AspirationsDbContext context, TimeProvider clock, IOptions<AspirationsSettings> settings) : IRequestHandler<ImportHolidayYear, HolidayYearResponse>
{
    public async Task<HolidayYearResponse> Handle(ImportHolidayYear request, CancellationToken cancellationToken)
    {
        var rows = Read(request.File, request.Year);
        var now = clock.GetUtcNow();
        var first = new DateOnly(request.Year, 1, 1);
        var last = new DateOnly(request.Year, 12, 31);
        var existing = await context.Holidays.Where(h => h.Date >= first && h.Date <= last).ToDictionaryAsync(h => h.Date, cancellationToken);
        foreach (var row in rows)
        {
            if (existing.Remove(row.Date, out var holiday))
            {
                if (holiday.Kind != row.Kind || holiday.NameId != row.NameId || holiday.NameEn != row.NameEn)
                {
                    holiday.Rename(row.Kind, row.NameId, row.NameEn);
                    context.Publish(new HolidayAdded(row.Date, row.Kind, row.NameId, row.NameEn, now));
                }
            }
            else
            {
                context.Holidays.Add(new Holiday(row.Date, row.Kind, row.NameId, row.NameEn));
                context.Publish(new HolidayAdded(row.Date, row.Kind, row.NameId, row.NameEn, now));
            }
        }

        foreach (var gone in existing.Values)
        {
            context.Holidays.Remove(gone);
            context.Publish(new HolidayRemoved(gone.Date, now));
        }

        var otherYears = await context.Holidays.AsNoTracking().Where(h => h.Date < first || h.Date > last).Select(h => h.Date).ToListAsync(cancellationToken);
        await OpenDeadlines.RecountAsync(context, settings.Value.Clocks, [.. otherYears, .. rows.Select(r => r.Date)], cancellationToken);
        if (await context.CalendarYears.FirstOrDefaultAsync(y => y.Year == request.Year, cancellationToken) is { } confirmed)
        {
            context.CalendarYears.Remove(confirmed);
        }

        await context.SaveChangesAsync(cancellationToken);
        return new HolidayYearResponse(request.Year, false, [.. rows.OrderBy(r => r.Date)]);
    }

    private static List<HolidayResponse> Read(UploadedFile? file, int year)
    {
        if (file is null || file.Content.Length == 0)
        {
            throw new InvalidFieldException("file", "Pilih berkas CSV daftar libur (date,kind,name_id,name_en). / Choose the CSV list of holidays.");
        }

        IReadOnlyList<IReadOnlyDictionary<string, string>> records;
        try
        {
            records = SeedCsv.Parse(System.Text.Encoding.UTF8.GetString(file.Content));
        }
        catch (Exception ex) when (ex is CsvHelper.CsvHelperException or FormatException or KeyNotFoundException)
        {
            throw new InvalidFieldException("file", "Berkas bukan CSV dengan kolom date,kind,name_id,name_en. / The file is not a CSV with the columns date,kind,name_id,name_en.");
        }

        var problems = new List<string>();
        var rows = new List<HolidayResponse>();
        var line = 1;
        foreach (var record in records)
        {
            line++;
            var date = DateOnly.TryParseExact(record.GetValueOrDefault("date")?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null;
            var kind = record.GetValueOrDefault("kind")?.Trim();
            var nameId = record.GetValueOrDefault("name_id")?.Trim();
            var nameEn = record.GetValueOrDefault("name_en")?.Trim();
            if (date is null || date.Value.Year != year)
            {
                problems.Add($"baris {line}: tanggal yyyy-MM-dd di tahun {year} / row {line}: a yyyy-MM-dd date in {year}");
            }
            else if (kind is not ("national" or "collective_leave"))
            {
                problems.Add($"baris {line}: jenis national atau collective_leave / row {line}: kind national or collective_leave");
            }
            else if (string.IsNullOrEmpty(nameId) || string.IsNullOrEmpty(nameEn) || nameId.Length > 150 || nameEn.Length > 150)
            {
                problems.Add($"baris {line}: nama (1–150 karakter) / row {line}: names of 1–150 characters");
            }
            else if (rows.Any(r => r.Date == date))
            {
                problems.Add($"baris {line}: tanggal {date:yyyy-MM-dd} dua kali / row {line}: {date:yyyy-MM-dd} twice");
            }
            else
            {
                rows.Add(new HolidayResponse(date.Value, kind, nameId, nameEn));
            }
        }

        if (rows.Count == 0 && problems.Count == 0)
        {
            problems.Add("berkas tidak berisi baris / the file holds no rows");
        }

        return problems.Count > 0 ? throw new InvalidFieldException("file", string.Join("; ", problems.Take(20))) : rows;
    }
}

internal static class ImportHolidayYearEndpoint
{
    public static void Map(IEndpointRouteBuilder calendar) =>
        calendar.MapPost("/{year}/import", async Task<Ok<HolidayYearResponse>> (string year, HttpRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var files = await FormUploads.ReadAsync(request, maxFiles: 1, ct, "file", UploadPolicy.PublicDocuments);
                return TypedResults.Ok(await mediator.Send(new ImportHolidayYear(HolidayYears.Parse(year), files.FirstOrDefault()), ct));
            })
            .WithName("ImportHolidayYear").WithSummary("Replace a year's holidays with a CSV list (date,kind,name_id,name_en); the year then waits for confirmation")
            .Accepts<IFormFile>("multipart/form-data").DisableAntiforgery()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status413PayloadTooLarge);
}
