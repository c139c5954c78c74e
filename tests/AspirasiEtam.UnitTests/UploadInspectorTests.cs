using System.IO.Compression;
using AspirasiEtam.Shared.Domain;
using AspirasiEtam.Shared.Files;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Writer;

namespace AspirasiEtam.UnitTests;

public sealed class UploadInspectorTests
{
    [Fact]
    public async Task A_pdf_with_more_pages_than_the_limit_is_refused()
    {
        using var builder = new PdfDocumentBuilder();
        for (var i = 0; i <= PdfRebuilder.MaxPages; i++)
        {
            builder.AddPage(PageSize.A6);
        }

        var refused = await Assert.ThrowsAsync<InvalidFieldException>(() => UploadInspector.CleanAsync(new MemoryStream(builder.Build()), "files[0]"));
        Assert.Contains($"{PdfRebuilder.MaxPages}", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_png_text_chunk_that_inflates_to_a_gigabyte_is_never_inflated()
    {
        using var image = new Image<Rgb24>(16, 16);
        using var encoded = new MemoryStream();
        image.SaveAsPng(encoded);
        var png = encoded.ToArray();
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize))
        {
            var block = new byte[1024 * 1024];
            Array.Fill(block, (byte)'a');
            for (var i = 0; i < 1024; i++)
            {
                zlib.Write(block);
            }
        }

        // A zTXt chunk (keyword, separator, compression method 0, zlib data) right after the 33 bytes of signature and header.
        byte[] chunk = [.. "zTXt"u8, .. "Comment"u8, 0, 0, .. compressed.ToArray()];
        var crc = Crc32(chunk);
        var length = chunk.Length - 4;
        byte[] bomb =
        [
            .. png[..33],
            (byte)(length >> 24), (byte)(length >> 16), (byte)(length >> 8), (byte)length, .. chunk, (byte)(crc >> 24), (byte)(crc >> 16), (byte)(crc >> 8), (byte)crc,
            .. png[33..],
        ];
        Assert.True(bomb.Length < 2 * 1024 * 1024);

        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clean = await UploadInspector.CleanAsync(new MemoryStream(bomb), "files[0]");

        Assert.Equal("image/png", clean.ContentType);
        Assert.True(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore < 256L * 1024 * 1024, "the text chunk was inflated");
    }

    [Fact]
    public async Task A_photo_is_turned_upright_before_its_orientation_is_dropped()
    {
        using var image = new Image<Rgb24>(64, 48, new Rgb24(10, 90, 200));
        image.Metadata.ExifProfile = new ExifProfile();
        image.Metadata.ExifProfile.SetValue(ExifTag.Orientation, (ushort)6);
        using var sent = new MemoryStream();
        image.SaveAsJpeg(sent);
        sent.Position = 0;

        var clean = await UploadInspector.CleanAsync(sent, "files[0]");

        using var stored = Image.Load(clean.Content);
        Assert.Equal((48, 64), (stored.Width, stored.Height));
        Assert.Null(stored.Metadata.ExifProfile);
    }

    [Fact]
    public async Task A_photo_that_would_be_stored_larger_than_the_limit_is_refused()
    {
        // Noise saved at the lowest quality grows when it is encoded again at any usual one.
        var random = new Random(7);
        using var image = new Image<Rgb24>(400, 300);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                foreach (ref var pixel in rows.GetRowSpan(y))
                {
                    pixel = new Rgb24((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256));
                }
            }
        });
        using var sent = new MemoryStream();
        image.Save(sent, new JpegEncoder { Quality = 1 });
        var limit = (int)sent.Length + 1;
        sent.Position = 0;

        await Assert.ThrowsAsync<InvalidFieldException>(() => UploadInspector.CleanAsync(sent, "files[0]", new UploadPolicy(limit, AcceptsOfficeFiles: false)));
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
