using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace AspirasiEtam.BrowserTests;

/// <summary>Files the browser journeys upload.</summary>
internal static class BrowserFiles
{
    /// <summary>A one-page PDF with <paramref name="text"/>, written to a temporary file; the caller deletes it.</summary>
    public static async Task<string> PdfFileAsync(string text)
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        page.AddText(text, 12, new PdfPoint(50, 700), builder.AddStandard14Font(Standard14Font.Helvetica));
        var path = Path.Combine(Path.GetTempPath(), $"upload-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, builder.Build());
        return path;
    }
}
