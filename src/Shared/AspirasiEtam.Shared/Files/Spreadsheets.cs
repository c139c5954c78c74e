using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AspirasiEtam.Shared.Files;

/// <summary>
/// Tables written for people who open them in Excel: CSV (UTF-8 with BOM, so Excel reads it right; a cell starting
/// with = + - @ is escaped) and XLSX (Open XML SDK, inline strings only: a value is never a formula).
/// </summary>
public static class Spreadsheets
{
    public const string CsvType = "text/csv; charset=utf-8";

    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] ToCsv(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape }))
        {
            foreach (var row in rows.Prepend(headers))
            {
                foreach (var cell in row)
                {
                    csv.WriteField(cell);
                }

                csv.NextRecord();
            }
        }

        return stream.ToArray();
    }

    /// <summary>The rows as the one sheet of a workbook (a sheet name is cut to Excel's 31 characters).</summary>
    public static byte[] ToXlsx(string sheetName, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            uint number = 0;
            foreach (var row in rows.Prepend(headers))
            {
                data.Append(Row(row, ++number));
            }

            sheet.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = sheetName.Length > 31 ? sheetName[..31] : sheetName }));
        }

        return stream.ToArray();
    }

    private static Row Row(IEnumerable<string> values, uint number)
    {
        var row = new Row { RowIndex = number };
        var column = 0;
        foreach (var value in values)
        {
            row.Append(new Cell
            {
                CellReference = $"{ColumnName(++column)}{number}",
                DataType = CellValues.InlineString,
                InlineString = new InlineString(new Text(value) { Space = SpaceProcessingModeValues.Preserve }),
            });
        }

        return row;
    }

    private static string ColumnName(int number) => number <= 26 ? ((char)('A' + number - 1)).ToString() : ColumnName((number - 1) / 26) + (char)('A' + ((number - 1) % 26));
}
