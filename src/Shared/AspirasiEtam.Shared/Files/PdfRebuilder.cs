using System.IO.Compression;
using AspirasiEtam.Shared.Domain;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;
using UglyToad.PdfPig.Writer;

namespace AspirasiEtam.Shared.Files;

/// <summary>
/// Writes a new PDF that holds only the pages of an uploaded one: for each page its size, rotation, content and the
/// resources the content draws with, copied object by object as stored (streams are never re-encoded; JPEG photos
/// lose their metadata segments). Nothing else reaches the copy — no document information, no XMP (document, page,
/// image or form), no annotations (and so no comment authors, links, or form widgets and the values filled into
/// them), no actions or JavaScript (document, page, or anywhere below), no embedded or external files, no outlines
/// or structure tree. Work is bounded: at most <see cref="MaxPages"/>
/// pages, and at most <see cref="MaxDecodedBytes"/> bytes decoded from all streams together, counted before a
/// stream is decoded, so a small file that inflates to gigabytes is refused after reading at most that much.
/// </summary>
public static class PdfRebuilder
{
    /// <summary>A complaint's evidence — letters, receipts, scans — is a few pages; a 5 MB scan is rarely over 50.</summary>
    public const int MaxPages = 200;

    /// <summary>
    /// 64 MB decoded from a file of at most 5 MB: text and drawings compress 3–10 times, so real files stay well below
    /// it (images are not counted: their codecs are left to the reader's viewer), while a bomb stops after 64 MB.
    /// </summary>
    public const long MaxDecodedBytes = 64L * 1024 * 1024;

    /// <summary>What a page keeps (or inherits from its page-tree parents, for the four inheritable ones).</summary>
    private static readonly string[] PageKeys = ["MediaBox", "CropBox", "Rotate", "Resources", "Contents", "BleedBox", "TrimBox", "ArtBox", "UserUnit", "Group"];

    private static readonly HashSet<string> Inheritable = ["MediaBox", "CropBox", "Rotate", "Resources"];

    /// <summary>
    /// Keys dropped wherever they appear below a page: metadata (XMP streams, application data, dates), actions and
    /// scripts, attached, associated and external files, annotations, and optional-content creator information.
    /// </summary>
    private static readonly HashSet<string> DroppedKeys =
    [
        "Metadata", "PieceInfo", "LastModified", "A", "AA", "OpenAction", "JS", "JavaScript", "URI", "Launch", "Next",
        "EmbeddedFiles", "EF", "AF", "Annots", "CreatorInfo", "Thumb", "StructParent", "StructParents",
    ];

    /// <summary>Stream keys that point the stream's data to a file outside the PDF (which a viewer would fetch).</summary>
    private static readonly HashSet<string> ExternalStreamKeys = ["F", "FFilter", "FDecodeParms"];

    /// <summary>Objects replaced by null when something below a page points to them: they are no page content.</summary>
    private static readonly HashSet<string> DroppedTypes = ["Catalog", "Pages", "Page", "Annot", "Action", "Filespec", "EmbeddedFile", "Metadata", "XRef", "ObjStm", "Outlines"];

    /// <summary>Image codecs: their data is copied as it is and left to the viewer; only the filters before them are decoded to be counted.</summary>
    private static readonly HashSet<string> ImageCodecs = ["DCTDecode", "DCT", "JPXDecode", "CCITTFaxDecode", "CCF", "JBIG2Decode"];

    private const int MaxNesting = 64;

    public static byte[] Rebuild(byte[] content, string field)
    {
        var budget = new DecodeBudget();
        try
        {
            using var source = PdfDocument.Open(content, new ParsingOptions { FilterProvider = new BudgetedFilters(budget) });
            if (source.IsEncrypted)
            {
                throw new InvalidFieldException(field, "PDF terenkripsi tidak diterima; simpan tanpa kata sandi. / Encrypted PDFs are not accepted; save it without a password.");
            }

            if (source.NumberOfPages > MaxPages)
            {
                throw TooManyPages(field);
            }

            var copy = new ObjectCopier(source.Structure, budget);
            var pages = PagesOf(source.Structure, field);
            var catalog = copy.Reserve();
            var pageTree = copy.Reserve();
            var kids = new List<IToken>();
            foreach (var (page, inherited) in pages)
            {
                var reference = copy.Reserve();
                var entries = new Dictionary<NameToken, IToken>
                {
                    [NameToken.Type] = NameToken.Page,
                    [NameToken.Parent] = new IndirectReferenceToken(pageTree),
                    [NameToken.MediaBox] = new ArrayToken([new NumericToken(0), new NumericToken(0), new NumericToken(595), new NumericToken(842)]),
                };
                foreach (var key in PageKeys)
                {
                    if (page.Data.TryGetValue(key, out var value) || inherited.TryGetValue(key, out value))
                    {
                        entries[NameToken.Create(key)] = copy.Copy(value);
                    }
                }

                copy.Add(reference, new DictionaryToken(entries));
                kids.Add(new IndirectReferenceToken(reference));
            }

            copy.Add(pageTree, new DictionaryToken(new Dictionary<NameToken, IToken>
            {
                [NameToken.Type] = NameToken.Pages,
                [NameToken.Kids] = new ArrayToken(kids),
                [NameToken.Count] = new NumericToken(kids.Count),
            }));
            copy.Add(catalog, new DictionaryToken(new Dictionary<NameToken, IToken>
            {
                [NameToken.Type] = NameToken.Catalog,
                [NameToken.Pages] = new IndirectReferenceToken(pageTree),
            }));
            copy.CopyReferenced();
            var rebuilt = copy.Write(catalog);

            // A refusal inside the parser may have been swallowed by its lenient recovery: it still stands.
            return budget.Refusal is null ? rebuilt : throw new InvalidFieldException(field, budget.Refusal);
        }
        catch (Exception ex) when (ex is not (InvalidFieldException or OperationCanceledException))
        {
            throw new InvalidFieldException(field, budget.Refusal ?? "PDF rusak, terenkripsi, atau tidak dapat dibaca. / The PDF is damaged, encrypted or unreadable.");
        }
    }

    private static InvalidFieldException TooManyPages(string field) =>
        new(field, $"PDF lebih dari {MaxPages} halaman. / The PDF has more than {MaxPages} pages.");

    /// <summary>The pages in order, each with what it inherits from its parents; a cycle in the page tree is walked once.</summary>
    private static List<(DictionaryToken Page, Dictionary<string, IToken> Inherited)> PagesOf(Structure structure, string field)
    {
        var pages = new List<(DictionaryToken, Dictionary<string, IToken>)>();
        var seen = new HashSet<IndirectReference>();
        var pending = new Stack<(IToken Node, Dictionary<string, IToken> Inherited)>();
        pending.Push((structure.Catalog.CatalogDictionary.Data["Pages"], []));
        while (pending.TryPop(out var item))
        {
            if (item.Node is IndirectReferenceToken reference && !seen.Add(reference.Data))
            {
                continue;
            }

            if (Resolve(structure, item.Node) is not DictionaryToken node)
            {
                continue;
            }

            var inherited = new Dictionary<string, IToken>(item.Inherited);
            foreach (var key in Inheritable.Where(node.Data.ContainsKey))
            {
                inherited[key] = node.Data[key];
            }

            if (node.Data.TryGetValue("Kids", out var kids) && Resolve(structure, kids) is ArrayToken children)
            {
                foreach (var child in children.Data.Reverse())
                {
                    pending.Push((child, inherited));
                }
            }
            else if (pages.Count == MaxPages)
            {
                throw TooManyPages(field);
            }
            else
            {
                pages.Add((node, inherited));
            }
        }

        return pages;
    }

    private static IToken? Resolve(Structure structure, IToken token) =>
        token is IndirectReferenceToken reference ? structure.GetObject(reference.Data)?.Data : token;

    /// <summary>Copies objects into the new file under new numbers; an object another one points to is copied once, later, not by recursion.</summary>
    private sealed class ObjectCopier(Structure source, DecodeBudget budget)
    {
        private readonly Dictionary<IndirectReference, IndirectReference> renumbered = [];
        private readonly Queue<IndirectReference> referenced = new();
        private readonly SortedDictionary<long, IToken> objects = [];
        private readonly BudgetedFilters filters = new(budget);
        private long last;

        public IndirectReference Reserve() => new(++last, 0);

        public void Add(IndirectReference reference, IToken token) => objects[reference.ObjectNumber] = token;

        public IToken Copy(IToken token, int depth = 0)
        {
            if (depth > MaxNesting)
            {
                throw new InvalidDataException("Objects nested too deep.");
            }

            return token switch
            {
                IndirectReferenceToken reference => new IndirectReferenceToken(Renumber(reference.Data)),
                ArrayToken array => new ArrayToken(array.Data.Select(t => Copy(t, depth + 1)).ToList()),
                DictionaryToken dictionary when IsDropped(dictionary) => NullToken.Instance,
                DictionaryToken dictionary => new DictionaryToken(CopyEntries(dictionary, depth)),
                StreamToken stream when IsDropped(stream.StreamDictionary) => NullToken.Instance,
                StreamToken stream => CopyStream(stream, depth),
                ObjectToken wrapped => Copy(wrapped.Data, depth + 1),
                _ => token,
            };
        }

        public void CopyReferenced()
        {
            while (referenced.TryDequeue(out var original))
            {
                objects[renumbered[original].ObjectNumber] = source.GetObject(original)?.Data is { } token ? Copy(token) : NullToken.Instance;
            }
        }

        public byte[] Write(IndirectReference catalog)
        {
            using var output = new MemoryStream();
            output.Write("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"u8);
            var offsets = new Dictionary<IndirectReference, long>();
            foreach (var (number, token) in objects)
            {
                using var body = new MemoryStream();
                TokenWriter.Instance.WriteToken(token, body);
                offsets[new IndirectReference(number, 0)] = output.Position;
                TokenWriter.Instance.WriteObject(number, 0, body.ToArray(), output);
            }

            TokenWriter.Instance.WriteCrossReferenceTable(offsets, catalog, output, null, null);
            return output.ToArray();
        }

        private IndirectReference Renumber(IndirectReference original)
        {
            if (!renumbered.TryGetValue(original, out var copy))
            {
                copy = Reserve();
                renumbered[original] = copy;
                referenced.Enqueue(original);
            }

            return copy;
        }

        private Dictionary<NameToken, IToken> CopyEntries(DictionaryToken dictionary, int depth, ISet<string>? alsoDropped = null) =>
            dictionary.Data
                .Where(entry => !DroppedKeys.Contains(entry.Key) && alsoDropped?.Contains(entry.Key) != true)
                .ToDictionary(entry => NameToken.Create(entry.Key), entry => Copy(entry.Value, depth + 1));

        /// <summary>The stream's data as stored (encoded), once what it decodes to is counted against the budget.</summary>
        private StreamToken CopyStream(StreamToken stream, int depth)
        {
            var data = stream.Data;
            var names = FilterNames(stream.StreamDictionary);
            for (var i = 0; i < names.Count && !ImageCodecs.Contains(names[i].Data); i++)
            {
                data = filters.GetNamedFilters([names[i]])[0].Decode(data, stream.StreamDictionary, filters, i);
            }

            var stored = names is [{ Data: "DCTDecode" or "DCT" }] ? WithoutJpegMetadata(stream.Data) : stream.Data;
            var entries = CopyEntries(stream.StreamDictionary, depth, ExternalStreamKeys);
            entries[NameToken.Length] = new NumericToken(stored.Length);
            return new StreamToken(new DictionaryToken(entries), stored);
        }

        /// <summary>
        /// A photo placed in a PDF is often the camera's JPEG as it was, EXIF (owner, GPS) and XMP included: its
        /// segments before the image data lose APP1–APP13 and APP15 (EXIF, XMP, ICC, IPTC, maker data) and comments.
        /// JFIF (APP0) and Adobe (APP14, which says how the colours are encoded) stay; the image data is untouched.
        /// </summary>
        private static Memory<byte> WithoutJpegMetadata(Memory<byte> jpeg)
        {
            var bytes = jpeg.Span;
            if (bytes.Length < 4 || bytes[0] != 0xFF || bytes[1] != 0xD8)
            {
                return jpeg;
            }

            using var output = new MemoryStream(bytes.Length);
            output.Write(bytes[..2]);
            var at = 2;
            while (at + 4 <= bytes.Length && bytes[at] == 0xFF && bytes[at + 1] != 0xDA)
            {
                var marker = bytes[at + 1];
                var end = at + 2 + ((bytes[at + 2] << 8) | bytes[at + 3]);
                if (end > bytes.Length)
                {
                    break;
                }

                if (marker is not (>= 0xE1 and <= 0xED or 0xEF or 0xFE))
                {
                    output.Write(bytes[at..end]);
                }

                at = end;
            }

            output.Write(bytes[at..]);
            return output.ToArray();
        }

        private List<NameToken> FilterNames(DictionaryToken dictionary) =>
            !dictionary.Data.TryGetValue("Filter", out var filter) ? []
            : Resolve(source, filter) switch
            {
                NameToken name => [name],
                ArrayToken array => array.Data.Select(t => Resolve(source, t) as NameToken ?? throw new InvalidDataException("A filter is not a name.")).ToList(),
                _ => throw new InvalidDataException("The filter is not a name."),
            };

        private static bool IsDropped(DictionaryToken dictionary) =>
            dictionary.Data.TryGetValue("Type", out var type) && type is NameToken name && DroppedTypes.Contains(name.Data);
    }

    /// <summary>How much all streams of one file may decode to, and the reason the file is refused once it is spent.</summary>
    private sealed class DecodeBudget
    {
        private long used;

        public string? Refusal { get; private set; }

        public long Remaining => MaxDecodedBytes - used;

        public void Charge(long bytes)
        {
            used += bytes;
            if (used > MaxDecodedBytes)
            {
                throw Refuse($"PDF terlalu besar setelah diurai (lebih dari {MaxDecodedBytes / (1024 * 1024)} MB). / The PDF decodes to more than {MaxDecodedBytes / (1024 * 1024)} MB.");
            }
        }

        public InvalidDataException Refuse(string reason)
        {
            Refusal ??= reason;
            return new InvalidDataException(reason);
        }
    }

    /// <summary>
    /// PdfPig's decoders behind a budget: a Flate or RunLength stream is measured before it is decoded (by inflating
    /// into nothing, or by reading its run lengths), ASCII encodings can only shrink or quadruple, and what cannot be
    /// measured without decoding it (LZW) or is never needed to read the page structure (image codecs) is refused.
    /// </summary>
    private sealed class BudgetedFilters(DecodeBudget budget) : IFilterProvider
    {
        public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => dictionary.Data.TryGetValue("Filter", out var filter)
            ? GetNamedFilters(filter switch
            {
                NameToken name => [name],
                ArrayToken array => array.Data.OfType<NameToken>().ToList(),
                _ => throw new InvalidDataException("The filter is not a name."),
            })
            : [];

        public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) =>
            names.Select(name => (IFilter)new BudgetedFilter(name.Data, DefaultFilterProvider.Instance.GetNamedFilters([name])[0], budget)).ToList();

        public IReadOnlyList<IFilter> GetAllFilters() =>
            GetNamedFilters([NameToken.FlateDecode, NameToken.RunLengthDecode, NameToken.AsciiHexDecode, NameToken.Ascii85Decode]);
    }

    private sealed class BudgetedFilter(string name, IFilter decoder, DecodeBudget budget) : IFilter
    {
        public bool IsSupported => decoder.IsSupported;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            switch (name)
            {
                case "FlateDecode" or "Fl":
                    budget.Charge(InflatedLength(input, budget.Remaining));
                    return decoder.Decode(input, streamDictionary, filterProvider, filterIndex);
                case "RunLengthDecode" or "RL":
                    budget.Charge(RunLength(input.Span));
                    return decoder.Decode(input, streamDictionary, filterProvider, filterIndex);
                case "ASCIIHexDecode" or "AHx" or "ASCII85Decode" or "A85":
                    var decoded = decoder.Decode(input, streamDictionary, filterProvider, filterIndex);
                    budget.Charge(decoded.Length);
                    return decoded;
                default:
                    throw budget.Refuse($"PDF memakai pemadatan {name} yang tidak dapat diperiksa; cetak atau simpan ulang sebagai PDF. / The PDF uses {name} compression, which cannot be checked; print or save it again as PDF.");
            }
        }

        /// <summary>
        /// How many bytes the stream inflates to, up to just past <paramref name="limit"/>, keeping none of them. Like
        /// PdfPig, the two-byte zlib header is skipped unread, so the count is what PdfPig would produce.
        /// </summary>
        private static long InflatedLength(Memory<byte> input, long limit)
        {
            if (input.Length <= 2)
            {
                return 0;
            }

            using var inflater = new DeflateStream(new MemoryStream(input[2..].ToArray()), CompressionMode.Decompress);
            var buffer = new byte[81920];
            long length = 0;
            try
            {
                int read;
                while (length <= limit && (read = inflater.Read(buffer)) > 0)
                {
                    length += read;
                }
            }
            catch (InvalidDataException)
            {
                // Damaged from here on: only what came out before can be decoded.
            }

            return length;
        }

        /// <summary>The decoded length of RunLength data, read from its length bytes alone.</summary>
        private static long RunLength(ReadOnlySpan<byte> data)
        {
            long length = 0;
            for (var i = 0; i < data.Length && data[i] != 128;)
            {
                var run = data[i];
                length += run < 128 ? run + 1 : 257 - run;
                i += run < 128 ? run + 2 : 2;
            }

            return length;
        }
    }
}
