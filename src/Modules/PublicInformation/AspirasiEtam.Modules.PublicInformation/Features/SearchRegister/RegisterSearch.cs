using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text;
using AspirasiEtam.Shared.Caching;
using AspirasiEtam.Shared.Persistence;
using Microsoft.Extensions.Options;

namespace AspirasiEtam.Modules.PublicInformation.Features.SearchRegister;

/// <summary>
/// The queries behind <see cref="SearchRegister"/>, over <see cref="PublicEntry"/> rows only (so nothing unpublished
/// can be found). Words go to the database's full-text index: FTS5's <c>PublicEntrySearch</c> table on SQLite (ranked by
/// bm25 with title &gt; summary &gt; tags &gt; document text), <c>CONTAINSTABLE</c> on SQL Server (ranked by its RANK);
/// the page's rows are marked here on both. Filters and the cursor are parameters; the words reach the engine only as
/// quoted prefix terms of letters and digits (<see cref="SearchWords"/>).
/// Costs measured by <c>bench/run-register.sh</c> shaped it (docs/performance.md, issue 12; docs/adr/0017): a search
/// first reads the ids the words find, newest first, and tallies them into the facet groups of the in-memory
/// <see cref="FacetMap"/>; it ranks at most the newest <see cref="RegisterSearchOptions.RankWindow"/> of them (bm25
/// costs ~1-2 µs a match); then it reads only the page's rows.
/// </summary>
internal sealed class RegisterSearch(ModuleConnections<PublicInformationDbContext> connections, MemorySnapshot<FacetMap> facetMap, IOptions<RegisterSearchOptions> options)
{
    private const string Columns = "p.Id, p.EntryId, p.Number, p.AgencyCode, p.AgencyName, p.Title, p.Summary, p.Category, p.Year, p.PublishedAt, p.UpdatedAt";

    private bool Sqlite => connections.IsSqlite;

    private string Table => Sqlite ? "PublicEntries" : "[ppid].[PublicEntries]";

    /// <summary>How many matches that pass the filters a search ranks at most (<see cref="RegisterSearchOptions.RankWindow"/>).</summary>
    public int RankWindow => options.Value.RankWindow;

    public Task<List<RegisterRow>> BrowseAsync(RegisterFilter filter, RegisterCursor? after, int take, CancellationToken cancellationToken)
    {
        var sql = new StringBuilder();
        var args = new List<object>();
        sql.Append(CultureInfo.InvariantCulture, $"SELECT {Top(take)}{Columns} FROM {Table} p WHERE 1 = 1");
        AppendFilter(sql, args, filter);
        if (after is { Ranked: false } cursor)
        {
            sql.Append(CultureInfo.InvariantCulture, $" AND (p.PublishedAt < @p{args.Count} OR (p.PublishedAt = @p{args.Count} AND p.Id < @p{args.Count + 1}))");
            args.Add(new DateTime(cursor.Ticks, DateTimeKind.Utc));
            args.Add(cursor.Id);
        }

        sql.Append(" ORDER BY p.PublishedAt DESC, p.Id DESC").Append(Limit(take));
        return ReadAsync(sql.ToString(), args, RegisterRow.Read, cancellationToken);
    }

    /// <summary>The facets of browsing with a filter (no search words), from the cached map.</summary>
    public async Task<RegisterFacets> BrowseFacetsAsync(RegisterFilter filter, CancellationToken cancellationToken) =>
        (await facetMap.GetAsync(cancellationToken)).BrowseFacets(filter);

    /// <summary>
    /// Every published entry the words find, newest first, as ids only: tallied into facet groups, and the id from which
    /// on the newest <see cref="RegisterSearchOptions.RankWindow"/> matches that pass the filter lie (null when fewer match).
    /// Remembered by the map for the words and filter.
    /// </summary>
    public async Task<MatchScan> ScanAsync(IReadOnlyList<string> words, RegisterFilter filter, bool anyWord, CancellationToken cancellationToken)
    {
        var map = await facetMap.GetAsync(cancellationToken);
        var query = EngineQuery(words, anyWord);
        if (map.ScannedBefore(query, filter) is { } scanned)
        {
            return scanned;
        }

        var tally = new int[map.GroupCount];
        var window = RankWindow;
        var passing = 0;
        long? windowStart = null;
        await EachRowAsync(
            Sqlite
                ? "SELECT rowid FROM PublicEntrySearch WHERE PublicEntrySearch MATCH @p0 ORDER BY rowid DESC"
                : "SELECT [KEY] FROM CONTAINSTABLE([ppid].[PublicEntries], (Title, Summary, Tags, DocumentText), @p0) ORDER BY [KEY] DESC",
            [query],
            reader =>
            {
                var id = reader.GetInt64(0);
                var group = map.GroupOf(id);
                if (group >= 0)
                {
                    tally[group]++;
                    if (passing < window && map.Passes(group, filter) && ++passing == window)
                    {
                        windowStart = id;
                    }
                }
            },
            cancellationToken);
        return map.Scanned(query, filter, new MatchScan(map.Counted(tally), windowStart));
    }

    /// <summary>
    /// The page's matches in rank order: their ids and ranks first (among ids from <paramref name="windowStart"/> on, when
    /// given), then only their rows. Every word is required, or with <paramref name="anyWord"/> any one (those with more
    /// of them rank first).
    /// </summary>
    public async Task<List<RegisterRow>> MatchAsync(
        IReadOnlyList<string> words, RegisterFilter filter, RegisterCursor? after, long? windowStart, int take, bool anyWord, CancellationToken cancellationToken)
    {
        var ranked = await RankAsync(words, filter, after, windowStart, take, anyWord, cancellationToken);
        if (ranked.Count == 0)
        {
            return [];
        }

        var sql = $"SELECT {Columns}, p.Tags, p.DocumentText FROM {Table} p WHERE p.Id IN ({string.Join(", ", ranked.Select((r, i) => $"@p{i}"))})";
        var rows = (await ReadAsync(sql, [.. ranked.Select(r => (object)r.Id)], RegisterRow.ReadMatched, cancellationToken)).ToDictionary(r => r.Id);
        return [.. ranked.Where(r => rows.ContainsKey(r.Id)).Select(r =>
        {
            var row = rows[r.Id];
            row.Rank = r.Rank;
            return row;
        })];
    }

    /// <summary>
    /// How many published entries each agency, category and year has among the counted groups, each facet applying
    /// the other two filters (so it lists the alternatives to its own).
    /// </summary>
    public static RegisterFacets Facets(IReadOnlyList<FacetGroup> groups, RegisterFilter filter)
    {
        IReadOnlyList<Facet> Sum(Func<FacetGroup, bool> others, Func<FacetGroup, string> key, Func<FacetGroup, string>? name = null) =>
            [.. groups.Where(others).GroupBy(key).Select(g => new Facet(g.Key, g.Sum(x => x.Count)) { Name = name?.Invoke(g.First()) })];
        var category = filter.Category?.ToString();
        return new RegisterFacets(
            [.. Sum(g => (category == null || g.Category == category) && (filter.Year == null || g.Year == filter.Year), g => g.AgencyCode, g => g.AgencyName)
                .OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal)],
            [.. Sum(g => (filter.Agency == null || g.AgencyCode == filter.Agency) && (filter.Year == null || g.Year == filter.Year),
                    g => Enum.TryParse<InformationCategory>(g.Category, out var c) ? c.Code() : g.Category)
                .OrderBy(f => f.Value, StringComparer.Ordinal)],
            [.. Sum(g => (filter.Agency == null || g.AgencyCode == filter.Agency) && (category == null || g.Category == category),
                    g => g.Year.ToString(CultureInfo.InvariantCulture))
                .OrderByDescending(f => f.Value, StringComparer.Ordinal)]);
    }

    private Task<List<(long Id, double Rank)>> RankAsync(
        IReadOnlyList<string> words, RegisterFilter filter, RegisterCursor? after, long? windowStart, int take, bool anyWord, CancellationToken cancellationToken)
    {
        var args = new List<object> { EngineQuery(words, anyWord) };
        var inner = new StringBuilder();
        if (Sqlite)
        {
            // Without filters FTS5 ranks alone; with them the matches are joined to the rows' narrow columns.
            inner.Append(filter == RegisterFilter.None
                ? "SELECT PublicEntrySearch.rowid AS Id, bm25(PublicEntrySearch, 10.0, 5.0, 3.0, 1.0) AS Rank FROM PublicEntrySearch WHERE PublicEntrySearch MATCH @p0"
                : "SELECT p.Id AS Id, bm25(PublicEntrySearch, 10.0, 5.0, 3.0, 1.0) AS Rank FROM PublicEntrySearch JOIN PublicEntries p ON p.Id = PublicEntrySearch.rowid WHERE PublicEntrySearch MATCH @p0");
        }
        else
        {
            inner.Append("SELECT p.Id AS Id, -CAST(k.[RANK] AS float) AS Rank FROM CONTAINSTABLE([ppid].[PublicEntries], (Title, Summary, Tags, DocumentText), @p0) k ")
                .Append("JOIN [ppid].[PublicEntries] p ON p.Id = k.[KEY] WHERE 1 = 1");
        }

        AppendFilter(inner, args, filter);
        if (windowStart is { } start)
        {
            // FTS5 seeks its lists to the window's first id instead of ranking every match.
            inner.Append(CultureInfo.InvariantCulture, $" AND {(Sqlite ? "PublicEntrySearch.rowid" : "p.Id")} >= @p{args.Count}");
            args.Add(start);
        }

        var sql = new StringBuilder();
        if (after is { Ranked: true } cursor)
        {
            sql.Append(CultureInfo.InvariantCulture, $"SELECT {Top(take)}r.Id, r.Rank FROM ({inner}) r WHERE r.Rank > @p{args.Count} OR (r.Rank = @p{args.Count} AND r.Id > @p{args.Count + 1})");
            args.Add(cursor.Rank);
            args.Add(cursor.Id);
            sql.Append(" ORDER BY r.Rank, r.Id");
        }
        else
        {
            sql.Append(CultureInfo.InvariantCulture, $"SELECT {Top(take)}r.Id, r.Rank FROM ({inner}) r ORDER BY r.Rank, r.Id");
        }

        sql.Append(Limit(take));
        return ReadAsync(sql.ToString(), args, reader => (reader.GetInt64(0), reader.GetDouble(1)), cancellationToken);
    }

    private static void AppendFilter(StringBuilder sql, List<object> args, RegisterFilter filter)
    {
        if (filter.Agency is { } agency)
        {
            sql.Append(CultureInfo.InvariantCulture, $" AND p.AgencyCode = @p{args.Count}");
            args.Add(agency);
        }

        if (filter.Category is { } category)
        {
            sql.Append(CultureInfo.InvariantCulture, $" AND p.Category = @p{args.Count}");
            args.Add(category.ToString());
        }

        if (filter.Year is { } year)
        {
            sql.Append(CultureInfo.InvariantCulture, $" AND p.Year = @p{args.Count}");
            args.Add(year);
        }
    }

    /// <summary>The words as the engine's query: FTS5 on SQLite, CONTAINS on SQL Server.</summary>
    private string EngineQuery(IReadOnlyList<string> words, bool anyWord) => Sqlite ? SearchWords.Fts5(words, anyWord) : SearchWords.Contains(words, anyWord);

    private string Top(int take) => Sqlite ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"TOP ({take}) ");

    private string Limit(int take) => Sqlite ? string.Create(CultureInfo.InvariantCulture, $" LIMIT {take}") : string.Empty;

    private async Task<List<T>> ReadAsync<T>(string sql, IReadOnlyList<object> args, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        var rows = new List<T>();
        await EachRowAsync(sql, args, reader => rows.Add(read(reader)), cancellationToken);
        return rows;
    }

    /// <summary>
    /// Runs one of these statements on a bare connection to the module's database, its arguments as parameters
    /// <c>@p0</c>, <c>@p1</c>…, handing each row to <paramref name="onRow"/>. Neither through EF Core's raw SQL queries
    /// (~0.2 ms a query on this machine, more than these statements) nor on a context's connection, whose SQLite opening
    /// and closing register and remove EF Core's functions (<see cref="ModuleConnections{TContext}"/>; docs/performance.md, issue 12).
    /// </summary>
    private async Task EachRowAsync(string sql, IReadOnlyList<object> args, Action<DbDataReader> onRow, CancellationToken cancellationToken)
    {
        await using var connection = connections.Create();
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < args.Count; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            parameter.Value = args[i];
            if (args[i] is DateTime)
            {
                parameter.DbType = DbType.DateTime2;
            }

            command.Parameters.Add(parameter);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            onRow(reader);
        }
    }
}

/// <summary>What a search's words find: the facet groups with their counts, and where its rank window starts (null: every match is ranked).</summary>
internal sealed record MatchScan(IReadOnlyList<FacetGroup> Groups, long? WindowStart);

/// <summary>The public search's settings (section <c>Ppid:Search</c>).</summary>
internal sealed class RegisterSearchOptions
{
    public const string SectionName = "Ppid:Search";

    /// <summary>
    /// How many matches that pass the filters, newest first, a search ranks at most (bm25 costs ~1-2 µs a match; a word
    /// found in 43,800 entries took 38-62 ms to rank them all; docs/adr/0017). Beyond, filters or more words narrow.
    /// </summary>
    public int RankWindow { get; set; } = 5000;
}

/// <summary>How many published entries one agency has in one category and year.</summary>
internal sealed class FacetGroup
{
    public string AgencyCode { get; set; } = string.Empty;

    /// <summary>The agency's name, to label its facet.</summary>
    public string AgencyName { get; set; } = string.Empty;

    public string Category { get; set; } = string.Empty;

    public int Year { get; set; }

    public int Count { get; set; }
}
