using System.Globalization;
using System.Text;

namespace AspirasiEtam.Modules.PublicInformation.Features.SearchRegister;

/// <summary>
/// The queries behind <see cref="SearchRegister"/>, over <see cref="PublicEntry"/> rows only (so nothing unpublished
/// can be found). Words go to the database's full-text index: FTS5's <c>PublicEntrySearch</c> table on SQLite (ranked by
/// bm25 with title &gt; summary &gt; tags &gt; document text, highlighted by FTS5), <c>CONTAINSTABLE</c> on SQL Server
/// (ranked by its RANK, highlighted here). Filters and the cursor are parameters; the words reach the engine only as
/// quoted prefix terms of letters and digits (<see cref="SearchWords"/>).
/// </summary>
internal sealed class RegisterSearch(PublicInformationDbContext context)
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

    public Task<List<RegisterRow>> MatchAsync(IReadOnlyList<string> words, RegisterFilter filter, RegisterCursor? after, int take, CancellationToken cancellationToken)
    {
        var args = new List<object>();
        var inner = new StringBuilder();
        if (Sqlite)
        {
            inner.Append(CultureInfo.InvariantCulture, $"SELECT {Columns}, bm25(PublicEntrySearch, 10.0, 5.0, 3.0, 1.0) AS Rank, ")
                .Append("highlight(PublicEntrySearch, 0, char(57344), char(57345)) AS TitleMarked, ")
                .Append("snippet(PublicEntrySearch, -1, char(57344), char(57345), '…', 24) AS SnippetMarked ")
                .Append("FROM PublicEntrySearch JOIN PublicEntries p ON p.Id = PublicEntrySearch.rowid WHERE PublicEntrySearch MATCH {0}");
            args.Add(SearchWords.Fts5(words));
        }
        else
        {
            inner.Append(CultureInfo.InvariantCulture, $"SELECT {Columns}, -CAST(k.[RANK] AS float) AS Rank, NULL AS TitleMarked, NULL AS SnippetMarked ")
                .Append("FROM CONTAINSTABLE([ppid].[PublicEntries], (Title, Summary, Tags, DocumentText), {0}) k JOIN [ppid].[PublicEntries] p ON p.Id = k.[KEY] WHERE 1 = 1");
            args.Add(SearchWords.Contains(words));
        }

        AppendFilter(inner, args, filter);
        var sql = new StringBuilder().Append(CultureInfo.InvariantCulture, $"SELECT {Top(take)}* FROM ({inner}) r WHERE 1 = 1");
        if (after is { Ranked: true } cursor)
        {
            sql.Append(CultureInfo.InvariantCulture, $" AND (r.Rank > {{{args.Count}}} OR (r.Rank = {{{args.Count}}} AND r.Id > {{{args.Count + 1}}}))");
            args.Add(cursor.Rank);
            args.Add(cursor.Id);
        }

        sql.Append(" ORDER BY r.Rank, r.Id").Append(Limit(take));
        return context.Database.SqlQueryRaw<RegisterRow>(sql.ToString(), [.. args]).ToListAsync(cancellationToken);
    }

    /// <summary>How many published entries each value of <paramref name="column"/> has among what the words and the other filters find.</summary>
    public async Task<IReadOnlyList<Facet>> FacetAsync(IReadOnlyList<string> words, RegisterFilter filter, string column, CancellationToken cancellationToken)
    {
        var args = new List<object>();
        var sql = new StringBuilder();
        if (words.Count == 0)
        {
            sql.Append(CultureInfo.InvariantCulture, $"SELECT CAST(p.{column} AS {(Sqlite ? "TEXT" : "nvarchar(300)")}) AS Value, COUNT(*) AS Count FROM {Table} p WHERE 1 = 1");
        }
        else if (Sqlite)
        {
            sql.Append(CultureInfo.InvariantCulture, $"SELECT CAST(p.{column} AS TEXT) AS Value, COUNT(*) AS Count FROM PublicEntrySearch JOIN PublicEntries p ON p.Id = PublicEntrySearch.rowid WHERE PublicEntrySearch MATCH {{0}}");
            args.Add(SearchWords.Fts5(words));
        }
        else
        {
            sql.Append(CultureInfo.InvariantCulture, $"SELECT CAST(p.{column} AS nvarchar(300)) AS Value, COUNT(*) AS Count FROM CONTAINSTABLE([ppid].[PublicEntries], (Title, Summary, Tags, DocumentText), {{0}}) k JOIN [ppid].[PublicEntries] p ON p.Id = k.[KEY] WHERE 1 = 1");
            args.Add(SearchWords.Contains(words));
        }

        AppendFilter(sql, args, filter);
        sql.Append(CultureInfo.InvariantCulture, $" GROUP BY p.{column}");
        var rows = await context.Database.SqlQueryRaw<FacetRow>(sql.ToString(), [.. args]).ToListAsync(cancellationToken);
        return column == "Category"
            ? [.. rows.Select(r => new Facet(Enum.TryParse<InformationCategory>(r.Value, out var c) ? c.Code() : r.Value, r.Count)).OrderBy(f => f.Value, StringComparer.Ordinal)]
            : column == "Year"
                ? [.. rows.Select(r => new Facet(r.Value, r.Count)).OrderByDescending(f => f.Value, StringComparer.Ordinal)]
                : [.. rows.Select(r => new Facet(r.Value, r.Count)).OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal)];
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

    internal sealed class FacetRow
    {
        public string Value { get; set; } = string.Empty;

        public int Count { get; set; }
    }
}
