using System.Data.Common;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using AspirasiEtam.Shared.Persistence;

namespace AspirasiEtam.Modules.PublicInformation.Features.SearchRegister;

/// <summary>
/// The province's consolidated register as citizens browse and search it: published entries only, filtered by agency
/// (code), category and year, and by words in titles, summaries, tags and documents' text through the database's
/// full-text index (FTS5 on SQLite, full-text on SQL Server; docs/adr/0011). Matches come highlighted; facets count
/// what each filter value would find; pages follow a cursor (keyset), never an offset.
/// </summary>
internal sealed record SearchRegister(string? Q, string? Agency, string? Category, int? Year, string? After, int PageSize = PagingRules.DefaultPageSize)
    : IRequest<RegisterPage>
{
    /// <summary>Whether to count the facets too (three more queries); the home page's latest entries need none.</summary>
    public bool WithFacets { get; init; } = true;

    /// <summary>Entries with any of the words, not all (ranked by how well they match): what a request's text is checked against.</summary>
    public bool AnyWord { get; init; }
}

internal sealed record RegisterPage(IReadOnlyList<RegisterHit> Items, string? Next, RegisterFacets Facets)
{
    /// <summary>When the words find more than this many entries, only this many of the newest are ranked (null: all are).</summary>
    public int? RankedAmongNewest { get; init; }
}

/// <summary>A found entry. <see cref="TitleHtml"/> and <see cref="SnippetHtml"/> are HTML-encoded text with the matched words in <c>&lt;mark&gt;</c>.</summary>
internal sealed record RegisterHit(
    Guid Id, string Number, string AgencyCode, string AgencyName, string Title, string Summary, string Category, int Year,
    DateTime PublishedAt, DateTime UpdatedAt, string TitleHtml, string? SnippetHtml);

/// <summary>A filter value (an agency's code, a category's code, a year) and how many entries it finds.</summary>
internal sealed record Facet(string Value, int Count)
{
    /// <summary>The agency's name (agency facets only): citizens know agencies by name, the filter by code.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Name { get; init; }
}

internal sealed record RegisterFacets(IReadOnlyList<Facet> Agencies, IReadOnlyList<Facet> Categories, IReadOnlyList<Facet> Years);

internal sealed partial class SearchRegisterValidator : AbstractValidator<SearchRegister>
{
    public SearchRegisterValidator()
    {
        RuleFor(r => r.Q).MaximumLength(200).WithMessage("Kata pencarian paling banyak 200 karakter. / At most 200 characters of search words.");
        RuleFor(r => r.Agency).MaximumLength(40);
        RuleFor(r => r.Category).Must(c => string.IsNullOrEmpty(c) || RegisterCodes.ParseCategory(c) is not null)
            .WithMessage("Kategori: berkala, serta-merta atau setiap-saat. / Category is berkala, serta-merta or setiap-saat.");
        RuleFor(r => r.Year).InclusiveBetween(1945, 2100).When(r => r.Year is not null).WithMessage("Tahun antara 1945 dan 2100. / The year is between 1945 and 2100.");
        RuleFor(r => r.After).Must(a => a is null || RegisterCursor.TryParse(a, out _)).WithMessage("Penanda halaman tidak sah. / The page marker is not valid.");
        RuleFor(r => r.PageSize).IsPageSize();
    }
}

internal sealed class SearchRegisterHandler(RegisterSearch search) : IRequestHandler<SearchRegister, RegisterPage>
{
    public async Task<RegisterPage> Handle(SearchRegister request, CancellationToken cancellationToken)
    {
        var words = SearchWords.Of(request.Q);
        var filter = new RegisterFilter(request.Agency?.Trim().ToUpperInvariant() is { Length: > 0 } a ? a : null, RegisterCodes.ParseCategory(request.Category), request.Year);
        RegisterCursor? after = request.After is not null && RegisterCursor.TryParse(request.After, out var cursor) ? cursor : null;
        var empty = new RegisterFacets([], [], []);
        if (words.Count == 0)
        {
            var browsed = await search.BrowseAsync(filter, after, request.PageSize + 1, cancellationToken);
            return new RegisterPage(
                [.. browsed.Take(request.PageSize).Select(r => r.ToHit(words))],
                browsed.Count > request.PageSize ? RegisterCursor.After(browsed[request.PageSize - 1]) : null,
                request.WithFacets ? await search.BrowseFacetsAsync(filter, cancellationToken) : empty);
        }

        // Later pages rank within the window of the first, so a page never repeats or skips what an earlier one showed.
        var scan = await search.ScanAsync(words, filter, request.AnyWord, cancellationToken);
        var windowStart = after is { Ranked: true } ranked ? ranked.WindowStart : scan.WindowStart;
        var rows = await search.MatchAsync(words, filter, after, windowStart, request.PageSize + 1, request.AnyWord, cancellationToken);
        return new RegisterPage(
            [.. rows.Take(request.PageSize).Select(r => r.ToHit(words))],
            rows.Count > request.PageSize ? RegisterCursor.After(rows[request.PageSize - 1], windowStart) : null,
            request.WithFacets ? RegisterSearch.Facets(scan.Groups, filter) : empty)
        {
            RankedAmongNewest = windowStart is null ? null : search.RankWindow,
        };
    }
}

internal sealed record RegisterFilter(string? Agency, InformationCategory? Category, int? Year)
{
    public static RegisterFilter None { get; } = new(null, null, null);
}

/// <summary>A row of the public register as the search queries return it (rank: lower is better; 0 when browsing).</summary>
internal sealed class RegisterRow
{
    public long Id { get; set; }

    public Guid EntryId { get; set; }

    public string Number { get; set; } = string.Empty;

    public string AgencyCode { get; set; } = string.Empty;

    public string AgencyName { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public string Summary { get; set; } = string.Empty;

    public string Category { get; set; } = string.Empty;

    public int Year { get; set; }

    public DateTime PublishedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public double Rank { get; set; }

    /// <summary>The tags (searches only, to mark; null when browsing).</summary>
    public string? Tags { get; set; }

    /// <summary>The documents' text (searches only, to mark an excerpt; null when browsing). Only published documents' text is in a public row.</summary>
    public string? DocumentText { get; set; }

    /// <summary>A row as <see cref="RegisterSearch"/> browses it: the eleven register columns.</summary>
    public static RegisterRow Read(DbDataReader reader) => new()
    {
        Id = reader.GetInt64(0),
        EntryId = reader.GetGuid(1),
        Number = reader.GetString(2),
        AgencyCode = reader.GetString(3),
        AgencyName = reader.GetString(4),
        Title = reader.GetString(5),
        Summary = reader.GetString(6),
        Category = reader.GetString(7),
        Year = reader.GetInt32(8),
        PublishedAt = SqliteText.ReadDateTime(reader, 9),
        UpdatedAt = SqliteText.ReadDateTime(reader, 10),
    };

    /// <summary>
    /// A row a search found: the eleven register columns, then the tags and the documents' text (to mark). Two readers,
    /// not one asking the reader's <c>FieldCount</c>: on SQLite each asking is a native call (~2 % of an agency page's CPU).
    /// </summary>
    public static RegisterRow ReadMatched(DbDataReader reader)
    {
        var row = Read(reader);
        row.Tags = reader.GetString(11);
        row.DocumentText = reader.GetString(12);
        return row;
    }

    public RegisterHit ToHit(IReadOnlyList<string> words) => new(
        EntryId, Number, AgencyCode, AgencyName, Title, Summary,
        Enum.TryParse<InformationCategory>(Category, out var category) ? category.Code() : Category, Year, PublishedAt, UpdatedAt,
        SearchWords.MarkedToHtml(SearchWords.Mark(Title, words)),
        words.Count == 0 ? null : SearchWords.MarkedToHtml(SearchWords.Snippet(words, Summary, DocumentText, Tags)));
}

/// <summary>
/// Where the next page starts: after this published time and id (browsing) or this rank and id within the first
/// page's rank window (searching).
/// </summary>
internal readonly record struct RegisterCursor(bool Ranked, long Ticks, double Rank, long Id, long? WindowStart = null)
{
    public static string After(RegisterRow row) => Encode(string.Create(CultureInfo.InvariantCulture, $"t:{row.PublishedAt.Ticks}:{row.Id}"));

    public static string After(RegisterRow row, long? windowStart) =>
        Encode(string.Create(CultureInfo.InvariantCulture, $"r:{row.Rank:R}:{row.Id}{(windowStart is { } start ? $":{start}" : string.Empty)}"));

    public static bool TryParse(string? text, out RegisterCursor cursor)
    {
        cursor = default;
        if (string.IsNullOrEmpty(text) || text.Length > 100)
        {
            return text is null;
        }

        try
        {
            var padded = text.Replace('-', '+').Replace('_', '/');
            padded += new string('=', (4 - (padded.Length % 4)) % 4);
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(padded)).Split(':');
            if (parts.Length is 3 or 4 && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                if (parts[0] == "r" && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var rank) && double.IsFinite(rank))
                {
                    long? windowStart = null;
                    if (parts.Length == 4)
                    {
                        if (!long.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var start))
                        {
                            return false;
                        }

                        windowStart = start;
                    }

                    cursor = new RegisterCursor(true, 0, rank, id, windowStart);
                    return true;
                }

                if (parts.Length == 3 && parts[0] == "t" && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) && ticks <= DateTime.MaxValue.Ticks)
                {
                    cursor = new RegisterCursor(false, ticks, 0, id);
                    return true;
                }
            }
        }
        catch (FormatException)
        {
        }

        return false;
    }

    private static string Encode(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>Search words: letters and digits only (the engines' query syntax never reaches them), at most 8, each a prefix.</summary>
internal static partial class SearchWords
{
    public const char MarkStart = '\uE000';
    public const char MarkEnd = '\uE001';

    public static IReadOnlyList<string> Of(string? text) =>
        [.. Word().Matches(text ?? string.Empty).Select(m => m.Value.ToLowerInvariant()).Where(w => w.Length >= 2).Distinct().Take(8)];

    /// <summary>FTS5: every word, as a prefix ("laporan"* "kinerja"*), all of them required (or, with <paramref name="any"/>, one).</summary>
    public static string Fts5(IReadOnlyList<string> words, bool any = false) => string.Join(any ? " OR " : " ", words.Select(w => $"\"{w}\"*"));

    /// <summary>SQL Server CONTAINS: every word as a prefix term, all of them required (or, with <paramref name="any"/>, one).</summary>
    public static string Contains(IReadOnlyList<string> words, bool any = false) => string.Join(any ? " OR " : " AND ", words.Select(w => $"\"{w}*\""));

    /// <summary>Marks the words (as prefixes of words, as the engines match them) in a text.</summary>
    public static string Mark(string text, IReadOnlyList<string> words) =>
        words.Count == 0 ? text : Regex.Replace(text, Pattern(words), m => $"{MarkStart}{m.Value}{MarkEnd}", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));

    /// <summary>
    /// About 200 characters around the first match in the first of the texts that has one (the summary, then the
    /// documents' text, then the tags), marked; the start of the first text when none has (a word the engine matched
    /// without its diacritics).
    /// </summary>
    public static string Snippet(IReadOnlyList<string> words, params string?[] texts)
    {
        foreach (var text in texts)
        {
            if (!string.IsNullOrEmpty(text) && Regex.Match(text, Pattern(words), RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)) is { Success: true } match)
            {
                return Mark(Excerpt(text, match.Index), words);
            }
        }

        return Excerpt(texts[0] ?? string.Empty, 0);
    }

    /// <summary>HTML-encodes the text and turns the marks into &lt;mark&gt; elements: nothing of the text can become markup.</summary>
    public static string MarkedToHtml(string marked) =>
        WebUtility.HtmlEncode(marked).Replace(MarkStart.ToString(), "<mark>", StringComparison.Ordinal).Replace(MarkEnd.ToString(), "</mark>", StringComparison.Ordinal);

    private static string Pattern(IReadOnlyList<string> words) => $@"\b({string.Join('|', words.Select(Regex.Escape))})[\p{{L}}\p{{Nd}}]*";

    private static string Excerpt(string text, int at)
    {
        var start = Math.Max(0, at - 80);
        var excerpt = text.Substring(start, Math.Min(200, text.Length - start));
        return (start > 0 ? "…" : string.Empty) + excerpt + (start + excerpt.Length < text.Length ? "…" : string.Empty);
    }

    [GeneratedRegex(@"[\p{L}\p{Nd}]+")]
    private static partial Regex Word();
}

internal static class SearchRegisterEndpoint
{
    public static void Map(IEndpointRouteBuilder open) =>
        open.MapGet("/entries", async Task<Ok<RegisterPage>> ([AsParameters] SearchRegister query, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(query, cancellationToken)))
            .WithName("SearchRegister")
            .WithSummary("Search and browse the province's consolidated public information register (published entries)")
            .ProducesValidationProblem();
}
