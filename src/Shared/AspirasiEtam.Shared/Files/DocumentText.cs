using System.Text;
using DocumentFormat.OpenXml.Packaging;
using UglyToad.PdfPig;

namespace AspirasiEtam.Shared.Files;

/// <summary>
/// The words of a cleaned upload, for search: a PDF's text page by page (PdfPig), a Word document's paragraphs, a
/// workbook's cell values (Open XML SDK). Photos have none. At most <paramref name="maxChars"/> characters are kept;
/// a file whose text cannot be read is still accepted, it is only found by its entry's columns.
/// </summary>
public static class DocumentText
{
    public static string Extract(CleanUpload file, int maxChars)
    {
        var text = new StringBuilder();
        try
        {
            switch (file.Kind)
            {
                case UploadKind.Pdf:
                    using (var pdf = PdfDocument.Open(file.Content))
                    {
                        foreach (var page in pdf.GetPages())
                        {
                            if (!Append(text, page.Text, maxChars))
                            {
                                break;
                            }
                        }
                    }

                    break;
                case UploadKind.Word:
                    using (var word = WordprocessingDocument.Open(new MemoryStream(file.Content, writable: false), isEditable: false))
                    {
                        foreach (var paragraph in word.MainDocumentPart?.Document?.Body?.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>() ?? [])
                        {
                            if (!Append(text, paragraph.InnerText, maxChars))
                            {
                                break;
                            }
                        }
                    }

                    break;
                case UploadKind.Spreadsheet:
                    using (var workbook = SpreadsheetDocument.Open(new MemoryStream(file.Content, writable: false), isEditable: false))
                    {
                        var shared = workbook.WorkbookPart?.SharedStringTablePart?.SharedStringTable?.Elements<DocumentFormat.OpenXml.Spreadsheet.SharedStringItem>()
                            .Select(s => s.InnerText).ToList() ?? [];
                        foreach (var cell in workbook.WorkbookPart?.WorksheetParts.SelectMany(w => w.Worksheet?.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>() ?? []) ?? [])
                        {
                            var value = cell.CellValue?.Text ?? cell.InlineString?.InnerText;
                            if (cell.DataType?.Value == DocumentFormat.OpenXml.Spreadsheet.CellValues.SharedString && int.TryParse(value, out var index) && index < shared.Count)
                            {
                                value = shared[index];
                            }

                            if (!Append(text, value, maxChars))
                            {
                                break;
                            }
                        }
                    }

                    break;
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Text is a search aid: a document whose text cannot be read is still a valid document.
        }

        return text.ToString();
    }

    private static bool Append(StringBuilder text, string? part, int maxChars)
    {
        if (string.IsNullOrWhiteSpace(part))
        {
            return true;
        }

        var room = maxChars - text.Length - 1;
        if (room <= 0)
        {
            return false;
        }

        text.Append(part.Length > room ? part[..room] : part).Append('\n');
        return text.Length < maxChars;
    }
}
