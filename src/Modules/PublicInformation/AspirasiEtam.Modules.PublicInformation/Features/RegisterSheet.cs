using System.Globalization;
using System.Text;
using AspirasiEtam.Shared.Files;
using CsvHelper;
using CsvHelper.Configuration;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AspirasiEtam.Modules.PublicInformation.Features;

/// <summary>
/// The register as a spreadsheet, in the column order of the legal DIP register (Perki 1/2021): what PPID admins
/// keep in Excel today. One definition of the columns for export and import; CSV (UTF-8 with BOM, so Excel opens it
/// right) and XLSX (Open XML SDK, inline strings, no formulas: a cell starting with = + - @ is written as text).
/// </summary>
internal static class RegisterSheet
{
    public const string Number = "Nomor";
    public const string Title = "Judul";
    public const string Summary = "Ringkasan Isi Informasi";
    public const string HoldingUnit = "Pejabat/Unit yang Menguasai Informasi";
    public const string PersonResponsible = "Penanggung Jawab Pembuatan/Penerbitan";
    public const string MadeWhen = "Waktu Pembuatan";
    public const string MadeWhere = "Tempat Pembuatan";
    public const string Form = "Bentuk Informasi";
    public const string RetentionPeriod = "Jangka Waktu Penyimpanan";
    public const string Category = "Kategori";
    public const string Year = "Tahun";
    public const string Tags = "Kata Kunci";
    public const string Links = "Tautan";
    public const string Agency = "OPD";

    /// <summary>Import columns; the export adds the number and the agency in front.</summary>
    public static IReadOnlyList<string> EntryColumns { get; } =
        [Title, Summary, HoldingUnit, PersonResponsible, MadeWhen, MadeWhere, Form, RetentionPeriod, Category, Year, Tags, Links];

    public static IReadOnlyList<string> ExportColumns { get; } = [Number, Agency, .. EntryColumns];

    public static IReadOnlyList<string> Required { get; } = [Title, Summary, HoldingUnit, PersonResponsible, Form, RetentionPeriod, Category, Year];

    /// <summary>Rows as CSV under <paramref name="headers"/> (the register's export columns by default); formulas escaped.</summary>
    public static byte[] ToCsv(IEnumerable<IReadOnlyList<string>> rows, IReadOnlyList<string>? headers = null) =>
        Spreadsheets.ToCsv(headers ?? ExportColumns, rows);

    /// <summary>Rows as the one sheet of an XLSX workbook under <paramref name="headers"/> (the register's export columns by default).</summary>
    public static byte[] ToXlsx(IEnumerable<IReadOnlyList<string>> rows, string sheetName, IReadOnlyList<string>? headers = null) =>
        Spreadsheets.ToXlsx(sheetName, headers ?? ExportColumns, rows);

    /// <summary>
    /// The rows of an uploaded register sheet (CSV or the first sheet of an XLSX) as header → value maps, with their row
    /// numbers as a spreadsheet shows them (the header is row 1). Unknown or missing required headers are one error.
    /// </summary>
    public static IReadOnlyList<SheetRow> Read(byte[] content, string field)
    {
        var rows = OfficeCleaner.IsZip(content) ? ReadXlsx(content, field) : ReadCsv(content, field);
        if (rows.Count == 0)
        {
            throw new InvalidFieldException(field, "Berkas tidak berisi baris data. / The file holds no data rows.");
        }

        var missing = Required.Where(c => !rows[0].Cells.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidFieldException(field, $"Kolom wajib tidak ada: {string.Join(", ", missing)}. / Required columns are missing: {string.Join(", ", missing)}.");
        }

        return rows;
    }

    private static List<SheetRow> ReadCsv(byte[] content, string field)
    {
        try
        {
            using var reader = new StreamReader(new MemoryStream(content), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            var text = reader.ReadToEnd();
            var delimiter = text.Split('\n')[0].Count(c => c == ';') > text.Split('\n')[0].Count(c => c == ',') ? ";" : ",";
            using var csv = new CsvReader(new StringReader(text), new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = delimiter, DetectColumnCountChanges = true });
            var rows = new List<SheetRow>();
            if (!csv.Read() || !csv.ReadHeader())
            {
                return rows;
            }

            var headers = csv.HeaderRecord!.Select(h => h.Trim()).ToArray();
            while (csv.Read())
            {
                var cells = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                for (var i = 0; i < headers.Length; i++)
                {
                    cells[headers[i]] = csv.GetField(i)?.Trim() ?? string.Empty;
                }

                if (cells.Values.Any(v => v.Length > 0))
                {
                    rows.Add(new SheetRow(csv.Parser.Row, cells));
                }

                if (rows.Count > MaxRows)
                {
                    throw TooManyRows(field);
                }
            }

            return rows;
        }
        catch (CsvHelperException ex)
        {
            throw new InvalidFieldException(field, $"CSV tidak sah di baris {ex.Context?.Parser?.Row}. / The CSV is malformed at row {ex.Context?.Parser?.Row}.");
        }
    }

    private static List<SheetRow> ReadXlsx(byte[] content, string field)
    {
        try
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(content, writable: false), isEditable: false);
            var workbook = document.WorkbookPart ?? throw Unreadable(field);
            var first = workbook.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw Unreadable(field);
            var sheet = (WorksheetPart)workbook.GetPartById(first.Id!.Value!);
            var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
            string Value(Cell cell)
            {
                var value = cell.CellValue?.Text ?? cell.InlineString?.InnerText ?? string.Empty;
                return cell.DataType?.Value == CellValues.SharedString && int.TryParse(value, CultureInfo.InvariantCulture, out var i) && i < shared.Count ? shared[i] : value;
            }

            var rows = new List<SheetRow>();
            Dictionary<int, string>? headers = null;
            foreach (var row in sheet.Worksheet?.Descendants<Row>() ?? [])
            {
                // A cell names its column ("C12"); one that does not (some writers omit it) follows the one before.
                var cells = new Dictionary<int, string>();
                var position = 0;
                foreach (var cell in row.Elements<Cell>())
                {
                    position = ColumnIndex(cell.CellReference?.Value) ?? position + 1;
                    cells[position] = Value(cell).Trim();
                }

                if (headers is null)
                {
                    headers = cells.Where(c => c.Value.Length > 0).ToDictionary(c => c.Key, c => c.Value);
                    continue;
                }

                var named = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                foreach (var (column, header) in headers)
                {
                    named[header] = cells.GetValueOrDefault(column) ?? string.Empty;
                }

                if (named.Values.Any(v => v.Length > 0))
                {
                    rows.Add(new SheetRow((int)(row.RowIndex?.Value ?? (uint)(rows.Count + 2)), named));
                }

                if (rows.Count > MaxRows)
                {
                    throw TooManyRows(field);
                }
            }

            return rows;
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or FormatException)
        {
            throw Unreadable(field);
        }
    }

    /// <summary>The column number of a cell reference ("C12" → 3), or null when there is none.</summary>
    private static int? ColumnIndex(string? reference)
    {
        var letters = (reference ?? string.Empty).TakeWhile(char.IsAsciiLetter).ToArray();
        return letters.Length is 0 or > 3 ? null : letters.Aggregate(0, (n, c) => (n * 26) + (char.ToUpperInvariant(c) - 'A' + 1));
    }

    /// <summary>A register of a few hundred entries a year per agency: 2,000 rows is years of work in one file.</summary>
    public const int MaxRows = 2_000;

    private static InvalidFieldException TooManyRows(string field) =>
        new(field, $"Paling banyak {MaxRows} baris per berkas. / At most {MaxRows} rows per file.");

    private static InvalidFieldException Unreadable(string field) =>
        new(field, "Lembar kerja tidak dapat dibaca: kirim XLSX atau CSV dengan kolom DIP. / The spreadsheet cannot be read: send an XLSX or CSV with the register's columns.");
}

/// <summary>A data row of an uploaded sheet: its row number as the spreadsheet shows it, and its cells by header.</summary>
internal sealed record SheetRow(int Number, IReadOnlyDictionary<string, string> Cells)
{
    public string this[string column] => Cells.GetValueOrDefault(column) ?? string.Empty;
}
