using AspirasiEtam.Modules.PublicInformation.Features.DraftEntry;
using AspirasiEtam.Shared.Files;
using AspirasiEtam.Shared.Persistence;
using FluentValidation.Results;

namespace AspirasiEtam.Modules.PublicInformation.Features.ImportEntries;

/// <summary>
/// An agency's register from a spreadsheet (XLSX or CSV with the register's columns, <see cref="RegisterSheet"/>): every
/// row is checked with the same rules as a draft written by hand, and an error names its row and column. Nothing is
/// saved unless every row is valid; then all rows become drafts (or published entries) in one save, numbered in
/// the order of the file. <see cref="Preview"/> checks and shows without saving.
/// </summary>
[Authorize(Policy = Policies.AgencyWork)]
internal sealed record ImportEntries(Guid AgencyId, UploadedFile? File, bool Preview, bool Publish) : IRequest<ImportResult>;

internal sealed record ImportResult(bool Saved, IReadOnlyList<ImportedRow> Rows);

internal sealed record ImportedRow(int Row, string Title, string Category, int Year, Guid? Id, string? Number);

internal sealed class ImportEntriesHandler(PublicInformationDbContext context, StaffEntries staff, IValidator<DraftEntry.DraftEntry> rules)
    : IRequestHandler<ImportEntries, ImportResult>
{
    private const string Field = "file";

    /// <summary>Which sheet column each field of a draft comes from, to name the column of an error.</summary>
    private static readonly Dictionary<string, string> Columns = new(StringComparer.OrdinalIgnoreCase)
    {
        [nameof(EntryFields.Title)] = RegisterSheet.Title,
        [nameof(EntryFields.Summary)] = RegisterSheet.Summary,
        [nameof(EntryFields.HoldingUnit)] = RegisterSheet.HoldingUnit,
        [nameof(EntryFields.PersonResponsible)] = RegisterSheet.PersonResponsible,
        [nameof(EntryFields.MadeWhen)] = RegisterSheet.MadeWhen,
        [nameof(EntryFields.MadeWhere)] = RegisterSheet.MadeWhere,
        [nameof(EntryFields.Form)] = RegisterSheet.Form,
        [nameof(EntryFields.RetentionPeriod)] = RegisterSheet.RetentionPeriod,
        [nameof(EntryFields.Category)] = RegisterSheet.Category,
        [nameof(EntryFields.Year)] = RegisterSheet.Year,
        [nameof(EntryFields.Tags)] = RegisterSheet.Tags,
        [nameof(EntryFields.Links)] = RegisterSheet.Links,
    };

    public async Task<ImportResult> Handle(ImportEntries request, CancellationToken cancellationToken)
    {
        staff.EnsureMayChange(request.AgencyId);
        var agency = await context.FindAgencyAsync(request.AgencyId, cancellationToken);
        if (request.File is not { Content.Length: > 0 } file)
        {
            throw new InvalidFieldException(Field, "Pilih berkas XLSX atau CSV. / Choose an XLSX or CSV file.");
        }

        // A workbook is unpacked within the same bounds as any uploaded Office file before it is read.
        var content = OfficeCleaner.IsZip(file.Content) ? OfficeCleaner.Clean(file.Content, Field) is { Kind: UploadKind.Spreadsheet } sheet
            ? sheet.Content : throw new InvalidFieldException(Field, "Kirim lembar kerja XLSX atau CSV. / Send an XLSX or CSV spreadsheet.") : file.Content;
        var drafts = new List<(SheetRow Row, DraftEntry.DraftEntry Draft)>();
        var failures = new List<ValidationFailure>();
        foreach (var row in RegisterSheet.Read(content, Field))
        {
            var draft = ToDraft(row, agency.Id, out var yearError);
            var result = await rules.ValidateAsync(draft, cancellationToken);
            failures.AddRange(result.Errors.Where(e => !(yearError && e.PropertyName == nameof(EntryFields.Year)))
                .Select(e => new ValidationFailure($"rows[{row.Number}].{ColumnOf(e.PropertyName)}", $"Baris {row.Number}, kolom {ColumnOf(e.PropertyName)}: {e.ErrorMessage}")));
            if (yearError)
            {
                failures.Add(new ValidationFailure($"rows[{row.Number}].{RegisterSheet.Year}", $"Baris {row.Number}, kolom {RegisterSheet.Year}: tahun berupa angka, mis. 2026. / The year is a number, e.g. 2026."));
            }

            drafts.Add((row, draft));
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        if (request.Preview)
        {
            return new ImportResult(false, [.. drafts.Select(d => new ImportedRow(d.Row.Number, d.Draft.Title!, d.Draft.Category!, d.Draft.Year!.Value, null, null))]);
        }

        var saved = await ExclusiveWrite.RunAsync(context, async () =>
        {
            var now = staff.Now;
            var next = await context.NextSequenceAsync(agency.Id, now.Year, cancellationToken);
            var entries = new List<(SheetRow Row, InformationEntry Entry)>();
            foreach (var (row, draft) in drafts)
            {
                var entry = InformationEntry.Draft(agency.Id, agency.Code, next++, draft.ToDetails(), staff.Actor, now);
                if (request.Publish)
                {
                    entry.Publish(staff.Actor, now);
                }

                context.Entries.Add(entry);
                entries.Add((row, entry));
            }

            foreach (var (_, entry) in entries.Where(e => e.Entry.IsPublic))
            {
                await context.SyncPublicRowAsync(entry, cancellationToken);
                context.Publish(await staff.PublishedEventAsync(entry, firstPublication: true, cancellationToken));
            }

            await context.SaveChangesAsync(cancellationToken);
            return entries;
        }, cancellationToken);

        return new ImportResult(true, [.. saved.Select(s => new ImportedRow(s.Row.Number, s.Entry.Title, s.Entry.Category.Code(), s.Entry.Year, s.Entry.Id, s.Entry.Number))]);
    }

    private static DraftEntry.DraftEntry ToDraft(SheetRow row, Guid agencyId, out bool yearError)
    {
        var yearText = row[RegisterSheet.Year];
        yearError = yearText.Length > 0 && !int.TryParse(yearText, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out _);
        return new DraftEntry.DraftEntry
        {
            AgencyId = agencyId,
            Title = row[RegisterSheet.Title],
            Summary = row[RegisterSheet.Summary],
            HoldingUnit = row[RegisterSheet.HoldingUnit],
            PersonResponsible = row[RegisterSheet.PersonResponsible],
            MadeWhen = row[RegisterSheet.MadeWhen],
            MadeWhere = row[RegisterSheet.MadeWhere],
            Form = FormCode(row[RegisterSheet.Form]),
            RetentionPeriod = row[RegisterSheet.RetentionPeriod],
            Category = CategoryCode(row[RegisterSheet.Category]),
            Year = int.TryParse(yearText, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var year) ? year : null,
            Tags = Split(row[RegisterSheet.Tags]),
            Links = Split(row[RegisterSheet.Links]),
        };
    }

    /// <summary>Accepts the codes and the words people write in their sheets ("Berkala", "Serta Merta", "Setiap Saat").</summary>
    private static string CategoryCode(string text) =>
        RegisterCodes.CategoryCodes.FirstOrDefault(c => Simplify(c) == Simplify(text)
            || Simplify(RegisterCodes.CategoryName(RegisterCodes.ParseCategory(c)!.Value, english: false)).EndsWith(Simplify(text), StringComparison.Ordinal) && text.Length > 0)
        ?? text;

    private static string FormCode(string text)
    {
        var simple = Simplify(text);
        var soft = simple.Contains("soft", StringComparison.Ordinal) || simple.Contains("elektronik", StringComparison.Ordinal);
        var hard = simple.Contains("hard", StringComparison.Ordinal) || simple.Contains("cetak", StringComparison.Ordinal);
        return soft && hard ? AvailableForm.Both.Code() : soft ? AvailableForm.SoftCopy.Code() : hard ? AvailableForm.HardCopy.Code() : text;
    }

    private static string Simplify(string text) => new([.. text.ToLowerInvariant().Where(char.IsLetterOrDigit)]);

    private static string[] Split(string text) => [.. text.Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static string ColumnOf(string property)
    {
        var name = property.Split('[')[0];
        return Columns.GetValueOrDefault(name) ?? property;
    }
}

internal static class ImportEntriesEndpoint
{
    public static void Map(IEndpointRouteBuilder work) =>
        work.MapPost("/import", async Task<Ok<ImportResult>> (Guid agencyId, bool? preview, bool? publish, HttpRequest request, IMediator mediator, CancellationToken cancellationToken) =>
            {
                var files = await FormUploads.ReadAsync(request, maxFiles: 1, cancellationToken, "file");
                return TypedResults.Ok(await mediator.Send(new ImportEntries(agencyId, files.FirstOrDefault(), preview ?? false, publish ?? false), cancellationToken));
            })
            .WithName("ImportRegisterEntries")
            .WithSummary("Import an agency's register from XLSX or CSV (multipart, one file): all rows or none; ?preview=true only checks")
            .Accepts<IFormFile>("multipart/form-data")
            .DisableAntiforgery()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
