using System.IO.Compression;
using System.Text;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.Metadata.Profiles.Iptc;
using SixLabors.ImageSharp.Metadata.Profiles.Xmp;
using SixLabors.ImageSharp.PixelFormats;

namespace AspirasiEtam.IntegrationTests;

/// <summary>
/// Files with one name planted in every metadata place their format has, files that cost far more to open than
/// their size says, and a search that finds a name however a file hides it (plain, UTF-16, or compressed).
/// </summary>
internal static class PlantedFiles
{
    public static byte[] Jpeg(string name)
    {
        using var image = Photo();
        image.Metadata.ExifProfile = Exif(name);
        image.Metadata.XmpProfile = new XmpProfile(Xmp(name));
        var iptc = new IptcProfile();
        iptc.SetValue(IptcTag.Byline, name);
        iptc.SetValue(IptcTag.CopyrightNotice, name);
        image.Metadata.IptcProfile = iptc;
        using var stream = new MemoryStream();
        image.Save(stream, new JpegEncoder());
        var encoded = stream.ToArray();

        // ImageSharp 2 writes no comment segment: put a COM (FF FE) right after the start-of-image marker.
        var comment = Encoding.ASCII.GetBytes($"Foto oleh {name}");
        byte[] segment = [0xFF, 0xFE, (byte)((comment.Length + 2) >> 8), (byte)(comment.Length + 2), .. comment];
        return [.. encoded[..2], .. segment, .. encoded[2..]];
    }

    public static byte[] Png(string name)
    {
        using var image = Photo();
        image.Metadata.ExifProfile = Exif(name);
        var text = image.Metadata.GetPngMetadata().TextData;
        text.Add(new PngTextData("Author", name, string.Empty, string.Empty));
        text.Add(new PngTextData("Comment", $"Dipotret oleh {name} di Samarinda. " + new string('.', 200), string.Empty, string.Empty));
        text.Add(new PngTextData("Description", name, "id", "Keterangan"));
        text.Add(new PngTextData("XML:com.adobe.xmp", Encoding.UTF8.GetString(Xmp(name)), string.Empty, string.Empty));
        using var stream = new MemoryStream();

        // Text above 100 characters goes into zTXt (compressed), shorter text into tEXt, text with a language into iTXt.
        image.Save(stream, new PngEncoder { TextCompressionThreshold = 100 });
        var bytes = stream.ToArray();
        foreach (var chunk in new[] { "tEXt", "zTXt", "iTXt", "eXIf" })
        {
            Assert.True(Contains(bytes, Encoding.ASCII.GetBytes(chunk)), $"the planted PNG has no {chunk} chunk");
        }

        return bytes;
    }

    public static byte[] Webp(string name)
    {
        using var image = Photo();
        image.Metadata.ExifProfile = Exif(name);
        image.Metadata.XmpProfile = new XmpProfile(Xmp(name));
        using var stream = new MemoryStream();
        image.Save(stream, new WebpEncoder { FileFormat = WebpFileFormatType.Lossy });
        var bytes = stream.ToArray();
        foreach (var chunk in new[] { "VP8X", "EXIF", "XMP " })
        {
            Assert.True(Contains(bytes, Encoding.ASCII.GetBytes(chunk)), $"the planted WebP has no {chunk} chunk");
        }

        return bytes;
    }

    /// <summary>
    /// A one-page PDF written by hand, so that each place is explicit: the document information (Author, Creator,
    /// Producer, Title), the catalog's XMP stream, a compressed page-level XMP stream, a text annotation whose
    /// author (/T) is the name, JavaScript run on opening the document and the page, an embedded file, and a
    /// photo drawn on the page that is the planted JPEG as it is (EXIF, XMP, IPTC, comment).
    /// </summary>
    public static byte[] Pdf(string name) => HandWrittenPdf(
        info: 12,
        "<< /Type /Catalog /Pages 2 0 R /Metadata 3 0 R /OpenAction 8 0 R /Names << /JavaScript << /Names [(run) 8 0 R] >> /EmbeddedFiles << /Names [(pelapor.txt) 9 0 R] >> >> >>",
        "<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        Stream("/Type /Metadata /Subtype /XML", Xmp(name)),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> /XObject << /Im1 11 0 R >> >> /Contents 5 0 R /Metadata 6 0 R /Annots [7 0 R] /AA << /O 8 0 R >> >>",
        Stream("/Filter /FlateDecode", Compress("BT /F1 14 Tf 20 100 Td (Jalan di depan pasar berlubang) Tj ET q 64 0 0 48 200 20 cm /Im1 Do Q"u8.ToArray())),
        Stream("/Type /Metadata /Subtype /XML /Filter /FlateDecode", Compress(Xmp(name))),
        $"<< /Type /Annot /Subtype /Text /Rect [10 10 30 30] /T ({name}) /Contents (Catatan) >>",
        $"<< /Type /Action /S /JavaScript /JS (app.alert\\('{name}'\\);) >>",
        "<< /Type /Filespec /F (pelapor.txt) /UF (pelapor.txt) /EF << /F 10 0 R >> >>",
        Stream("/Type /EmbeddedFile /Filter /FlateDecode", Compress(Encoding.ASCII.GetBytes($"Pelapor: {name}"))),
        Stream("/Type /XObject /Subtype /Image /Width 64 /Height 48 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode", Jpeg(name)),
        $"<< /Author ({name}) /Creator ({name}) /Producer ({name}) /Title (Laporan {name}) >>");

    /// <summary>A small PDF whose page content inflates to <paramref name="inflatedBytes"/> bytes of spaces.</summary>
    public static byte[] PdfBomb(int inflatedBytes) => HandWrittenPdf(
        info: null,
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R >>",
        Stream("/Filter /FlateDecode", Compress(Enumerable.Repeat((byte)' ', inflatedBytes).ToArray())));

    /// <summary>A few hundred bytes of JPEG whose frame header claims 30000×30000 pixels (3.6 GB decoded).</summary>
    public static byte[] JpegClaiming30000Squared()
    {
        using var image = new Image<Rgb24>(8, 8, new Rgb24(200, 60, 60));
        using var stream = new MemoryStream();
        image.Save(stream, new JpegEncoder());
        var bytes = stream.ToArray();
        var frame = IndexOf(bytes, [0xFF, 0xC0]);
        Assert.True(frame > 0, "no baseline frame header");

        // Frame header: marker, length (2), precision (1), height (2), width (2).
        bytes[frame + 5] = bytes[frame + 7] = 30000 >> 8;
        bytes[frame + 6] = bytes[frame + 8] = 30000 & 0xFF;
        return bytes;
    }

    /// <summary>
    /// Whether <paramref name="text"/> is anywhere in <paramref name="bytes"/>: as Latin-1/UTF-8, as UTF-16 either
    /// way round, or inside any zlib or PDF Flate stream (PNG zTXt/iTXt, compressed PDF streams).
    /// </summary>
    public static bool Reveal(byte[] bytes, string text)
    {
        if (ContainsText(bytes, text))
        {
            return true;
        }

        for (var i = 0; i + 2 < bytes.Length; i++)
        {
            var zlibHeader = bytes[i] == 0x78 && ((bytes[i] << 8) | bytes[i + 1]) % 31 == 0;
            if (zlibHeader && ContainsText(Inflate(bytes, i + 2), text))
            {
                return true;
            }
        }

        // A PDF reader inflates a Flate stream whatever its first two bytes are: look behind every stream keyword too.
        for (var at = IndexOf(bytes, "stream"u8.ToArray()); at >= 0; at = IndexOf(bytes, "stream"u8.ToArray(), at + 6))
        {
            var start = at + 6 + (bytes.Length > at + 7 && bytes[at + 6] == '\r' ? 2 : 1);
            if (start + 2 < bytes.Length && ContainsText(Inflate(bytes, start + 2), text))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsText(byte[] bytes, string text) =>
        Contains(bytes, Encoding.Latin1.GetBytes(text)) || Contains(bytes, Encoding.BigEndianUnicode.GetBytes(text)) || Contains(bytes, Encoding.Unicode.GetBytes(text));

    private static byte[] Inflate(byte[] bytes, int start)
    {
        using var output = new MemoryStream();
        try
        {
            using var inflater = new DeflateStream(new MemoryStream(bytes, start, bytes.Length - start), CompressionMode.Decompress);
            var buffer = new byte[81920];
            int read;
            while (output.Length < 64 * 1024 * 1024 && (read = inflater.Read(buffer)) > 0)
            {
                output.Write(buffer, 0, read);
            }
        }
        catch (InvalidDataException)
        {
            // Not deflate data from here on: what came out before still counts.
        }

        return output.ToArray();
    }

    private static Image<Rgba32> Photo() => new(64, 48, new Rgba32(30, 120, 60));

    private static ExifProfile Exif(string name)
    {
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.Artist, name);
        exif.SetValue(ExifTag.Copyright, name);
        exif.SetValue(ExifTag.UserComment, name);
        exif.SetValue(ExifTag.ImageDescription, name);
        return exif;
    }

    private static byte[] Xmp(string name) => Encoding.UTF8.GetBytes(
        $"""
        <?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
        <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
        <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator><rdf:Seq><rdf:li>{name}</rdf:li></rdf:Seq></dc:creator></rdf:Description>
        </rdf:RDF></x:xmpmeta>
        <?xpacket end="w"?>
        """);

    private static byte[] Compress(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.SmallestSize))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }

    private static byte[] Stream(string dictionary, byte[] data) =>
        [.. Encoding.ASCII.GetBytes($"<< {dictionary} /Length {data.Length} >>\nstream\n"), .. data, .. "\nendstream"u8.ToArray()];

    /// <summary>A PDF of the objects (numbered from 1, the first the catalog) with a cross-reference table.</summary>
    private static byte[] HandWrittenPdf(int? info, params object[] objects)
    {
        using var pdf = new MemoryStream();
        pdf.Write("%PDF-1.7\n"u8);
        var offsets = new List<long>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Position);
            pdf.Write(Encoding.ASCII.GetBytes($"{i + 1} 0 obj\n"));
            pdf.Write(objects[i] as byte[] ?? Encoding.Latin1.GetBytes((string)objects[i]));
            pdf.Write("\nendobj\n"u8);
        }

        var xref = pdf.Position;
        var table = new StringBuilder($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append($"{offset:D10} 00000 n \n");
        }

        var information = info is { } number ? $" /Info {number} 0 R" : string.Empty;
        table.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R{information} >>\nstartxref\n{xref}\n%%EOF\n");
        pdf.Write(Encoding.ASCII.GetBytes(table.ToString()));
        return pdf.ToArray();
    }

    private static bool Contains(byte[] bytes, byte[] part) => IndexOf(bytes, part) >= 0;

    private static int IndexOf(byte[] bytes, byte[] part, int from = 0) => from >= bytes.Length ? -1 : bytes.AsSpan(from).IndexOf(part) is var i and >= 0 ? from + i : -1;
}
