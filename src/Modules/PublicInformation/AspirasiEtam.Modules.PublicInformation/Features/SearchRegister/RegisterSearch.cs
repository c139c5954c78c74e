using System.Globalization;
using System.Text;
using AspirasiEtam.Modules.PublicInformation.Caching;

namespace AspirasiEtam.Modules.PublicInformation.Features.SearchRegister;

/// <summary>
/// The queries behind <see cref="SearchRegister"/>, over <see cref="PublicEntry"/> rows only (so nothing unpublished
/// can be found). Words go to the database's full-text index: FTS5's <c>PublicEntrySearch</c> table on SQLite (ranked by
/// bm25 with title &gt; summary &gt; tags &gt; document text, highlighted by FTS5), <c>CONTAINSTABLE</c> on SQL Server
/// (ranked by its RANK, highlighted here). Filters and the cursor are parameters; the words reach the engine only as
/// quoted prefix terms of letters and digits (<see cref="SearchWords"/>).
/// Costs measured by <c>bench/run-register.sh</c> shaped it (docs/performance.md, issue 12): a search ranks ids first
/// and reads and marks only the page's rows; the facets are one grouped count (agency × category × year) summed in
/// memory, read from a narrow covering index, and without words served from <see cref="RegisterFacetCache"/>.
/// </summary>
internal sealed class RegisterSearch(PublicInformationDbContext context, RegisterFacetCache facetCache)
{
    private const string Columns = "p.Id, p.EntryId, p.Number, p.AgencyCode, p.AgencyName, p.Title, p.Summary, p.Category, p.Year, p.PublishedAt, p.UpdatedAt";

    private bool Sqlite => context.Database.IsSqlite();

    private string Table => Sqlite ? "PublicEntries" : "[ppid].[PublicEntries]";

    public Task<List<RegisterRow>> BrowseAsync(RegisterFilter filter, RegisterCursor? after, int take, CancellationToken cancellationToken)
    {
        var sql = new StringBuilder();
        var args = new List<object>();
        sql.Append(CultureInfo.InvariantCulture, $"SELECT {Top(take)}{Columns}, 0.0 AS Rank, NULL AS TitleMarked, NULL AS SnippetMarked FROM {Table} p WHERE 1 = 1");
        AppendFilter(sql, args, filter);
        if (after is { Ranked: false } cursor)
        {
            sql.Append(CultureInfo.InvariantCulture, $" AND (p.PublishedAt < {{{args.Count}}} OR (p.PublishedAt = {{{args.Count}}} AND p.Id < {{{args.Count + 1}}}))");
            args.Add(new DateTime(cursor.Ticks, DateTimeKind.Utc));
            args.Add(cursor.Id);
        }

        sql.Append(" ORDER BY p.PublishedAt DESC, p.Id DESC").Append(Limit(take));
        return context.Database.SqlQueryRaw<RegisterRow>(sql.ToString(), [.. args]).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The page's matches in rank order: their ids and ranks first, then only their rows, marked. Every word is required,
    /// or with <paramref name="anyWord"/> any one (those with more of them rank first).
    /// </summary>
    public async Task<List<RegisterRow>> MatchAsync(
        IReadOnlyList<string> words, RegisterFilter filter, RegisterCursor? after, int take, CancellationToken cancellationToken, bool anyWord = false)
    {
        var ranked = await RankAsync(words, filter, after, take, anyWord, cancellationToken);
        if (ranked.Count == 0)
        {
            return [];
        }

        // SQLite marks the matches (FTS5 needs the MATCH for it, first parameter); SQL Server's rows are marked in memory.
        var args = new List<object>();
        if (Sqlite)
        {
            args.Add(SearchWords.Fts5(words, anyWord));
        }

        var ids = string.Join(", ", ranked.Select((r, i) => $"{{{args.Count + i}}}"));
        args.AddRange(ranked.Select(r => (object)r.Id));
        var sql = Sqlite
            ? $"SELECT {Columns}, 0.0 AS Rank, highlight(PublicEntrySearch, 0, char(57344), char(57345)) AS TitleMarked, "
              + "snippet(PublicEntrySearch, -1, char(57344), char(57345), '…', 24) AS SnippetMarked "
              + $"FROM PublicEntrySearch JOIN PublicEntries p ON p.Id = PublicEntrySearch.rowid WHERE PublicEntrySearch MATCH {{0}} AND PublicEntrySearch.rowid IN ({ids})"
            : $"SELECT {Columns}, 0.0 AS Rank, NULL AS TitleMarked, NULL AS SnippetMarked FROM [ppid].[PublicEntries] p WHERE p.Id IN ({ids})";
        var rows = (await context.Database.SqlQueryRaw<RegisterRow>(sql, [.. args]).ToListAsync(cancellationToken)).ToDictionary(r => r.Id);
        return [.. ranked.Where(r => rows.ContainsKey(r.Id)).Select(r =>
        {
            var row = rows[r.Id];
            row.Rank = r.Rank;
            return row;
        })];
    }

    /// <summary>
    /// How many published entries each agency, category and year has among what the words and the other two filters
    /// find (each facet ignores its own filter, so it lists the alternatives). One grouped count, summed in memory.
    /// </summary>
    public async Task<RegisterFacets> FacetsAsync(IReadOnlyList<string> words, RegisterFilter filter, CancellationToken cancellationToken)
    {
        var groups = words.Count == 0
            ? await facetCache.GetAsync(ct => CountGroupsAsync(words, ct), cancellationToken)
            : await CountGroupsAsync(words, cancellationToken);
        IReadOnlyList<Facet> Sum(Func<FacetGroup, bool> others, Func<FacetGroup, string> key) =>
            [.. groups.Where(others).GroupBy(key).Select(g => new Facet(g.Key, g.Sum(x => x.Count)))];
        var category = filter.Category?.ToString();
        return new RegisterFacets(
            [.. Sum(g => (category == null || g.Category == category) && (filter.Year == null || g.Year == filter.Year), g => g.AgencyCode)
                .OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal)],
            [.. Sum(g => (filter.Agency == null || g.AgencyCode == filter.Agency) && (filter.Year == null || g.Year == filter.Year),
                    g => Enum.TryParse<InformationCategory>(g.Category, out var c) ? c.Code() : g.Category)
                .OrderBy(f => f.Value, StringComparer.Ordinal)],
            [.. Sum(g => (filter.Agency == null || g.AgencyCode == filter.Agency) && (category == null || g.Category == category),
                    g => g.Year.ToString(CultureInfo.InvariantCulture))
                .OrderByDescending(f => f.Value, StringComparer.Ordinal)]);
    }

    private Task<List<RankedId>> RankAsync(IReadOnlyList<string> words, RegisterFilter filter, RegisterCursor? after, int take, bool anyWord, CancellationToken cancellationToken)
    {
        var args = new List<object>();
        var inner = new StringBuilder();
        if (Sqlite)
        {
            // Without filters FTS5 ranks alone; with them the matches are joined to the rows' narrow columns.
            inner.Append(filter == RegisterFilter.None
                ? "SELECT PublicEntrySearch.rowid AS Id, bm25(PublicEntrySearch, 10.0, 5.0, 3.0, 1.0) AS Rank FROM PublicEntrySearch WHERE PublicEntrySearch MATCH {0}"
                : "SELECT p.Id AS Id, bm25(PublicEntrySearch, 10.0, 5.0, 3.0, 1.0) AS Rank FROM PublicEntrySearch JOIN PublicEntries p ON p.Id = PublicEntrySearch.rowid WHERE PublicEntrySearch MATCH {0}");
            args.Add(SearchWords.Fts5(words, anyWord));
        }
        else
        {
            inner.Append("SELECT p.Id AS Id, -CAST(k.[RANK] AS float) AS Rank FROM CONTAINSTABLE([ppid].[PublicEntries], (Title, Summary, Tags, DocumentText), {0}) k ")
                .Append("JOIN [ppid].[PublicEntries] p ON p.Id = k.[KEY] WHERE 1 = 1");
            args.Add(SearchWords.Contains(words, anyWord));
        }

        AppendFilter(inner, args, filter);
        var sql = new StringBuilder();
        if (after is { Ranked: true } cursor)
        {
            sql.Append(CultureInfo.InvariantCulture, $"SELECT {Top(take)}r.Id, r.Rank FROM ({inner}) r WHERE r.Rank > {{{args.Count}}} OR (r.Rank = {{{args.Count}}} AND r.Id > {{{args.Count + 1}}})");
            args.Add(cursor.Rank);
            args.Add(cursor.Id);
            sql.Append(" ORDER BY r.Rank, r.Id");
        }
        else
        {
            sql.Append(CultureInfo.InvariantCulture, $"SELECT {Top(take)}r.Id, r.Rank FROM ({inner}) r ORDER BY r.Rank, r.Id");
        }

        sql.Append(Limit(take));
        return context.Database.SqlQueryRaw<RankedId>(sql.ToString(), [.. args]).ToListAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<FacetGroup>> CountGroupsAsync(IReadOnlyList<string> words, CancellationToken cancellationToken)
    {
        var args = new List<object>();
        string sql;
        if (words.Count == 0)
        {
            sql = $"SELECT p.AgencyCode, p.Category, p.Year, COUNT(*) AS Count FROM {Table} p GROUP BY p.AgencyCode, p.Category, p.Year";
        }
        else if (Sqlite)
        {
            sql = "SELECT p.AgencyCode, p.Category, p.Year, COUNT(*) AS Count FROM PublicEntrySearch JOIN PublicEntries p ON p.Id = PublicEntrySearch.rowid "
                + "WHERE PublicEntrySearch MATCH {0} GROUP BY p.AgencyCode, p.Category, p.Year";
            args.Add(SearchWords.Fts5(words));
        }
        else
        {
            sql = "SELECT p.AgencyCode, p.Category, p.Year, COUNT(*) AS Count FROM CONTAINSTABLE([ppid].[PublicEntries], (Title, Summary, Tags, DocumentText), {0}) k "
                + "JOIN [ppid].[PublicEntries] p ON p.Id = k.[KEY] GROUP BY p.AgencyCode, p.Category, p.Year";
            args.Add(SearchWords.Contains(words));
        }

        return await context.Database.SqlQueryRaw<FacetGroup>(sql, [.. args]).ToListAsync(cancellationToken);
    }

    private static void AppendFilter(StringBuilder sql, List<object> args, RegisterFilter filter)
    {
        if (filter.Agency is { } agency)
        {
            sql.Append(CultureInfo.InvariantCulture, $" AND p.AgencyCode = {{{args.Count}}}");
            args.Add(agency);
        }

        if (filter.Category is { } category)
        {
            sql.Append(CultureInfo.InvariantCulture, $" AND p.Category = {{{args.Count}}}");
            args.Add(category.ToString());
        }

        if (filter.Year is { } year)
        {
            sql.Append(CultureInfo.InvariantCulture, $" AND p.Year = {{{args.Count}}}");
            args.Add(year);
        }
    }

    private string Top(int take) => Sqlite ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"TOP ({take}) ");

    private string Limit(int take) => Sqlite ? string.Create(CultureInfo.InvariantCulture, $" LIMIT {take}") : string.Empty;

    internal sealed class RankedId
    {
        public long Id { get; set; }

        public double Rank { get; set; }
    }
}

/// <summary>How many published entries one agency has in one category and year.</summary>
internal sealed class FacetGroup
{
    public string AgencyCode { get; set; } = string.Empty;

    public string Category { get; set; } = string.Empty;

    public int Year { get; set; }

    public int Count { get; set; }
}
