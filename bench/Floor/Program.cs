using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

// Minimal API + Microsoft.Data.Sqlite doing what the portal's measured endpoints do at their core:
// insert a submission, read one by tracking code, read the newest 20 public ones; and for the PPID register
// (bench/run-register.sh) the portal's FTS5 search query and an agency's newest 20 entries as a bare HTML page;
// for the report cards (bench/run-reports.sh) the agencies' monthly figures added up into a bare HTML table.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
var file = Path.Combine(args.FirstOrDefault(a => a.StartsWith("--data=", StringComparison.Ordinal))?[7..] ?? ".", "floor.db");
var connectionString = $"Data Source={file};Pooling=True";

using (var setup = new SqliteConnection(connectionString))
{
    setup.Open();
    using var command = setup.CreateCommand();
    command.CommandText = """
        PRAGMA journal_mode=WAL;
        CREATE TABLE IF NOT EXISTS Submissions (Id TEXT PRIMARY KEY, TrackingCode TEXT NOT NULL UNIQUE, Title TEXT NOT NULL, Description TEXT NOT NULL,
            CategoryCode TEXT NOT NULL, Privacy TEXT NOT NULL, Status TEXT NOT NULL, SubmittedAt TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS IX_Feed ON Submissions (SubmittedAt, Id);

        -- The portal's PublicEntries with its indexes, FTS5 table and triggers, as its migration creates them.
        CREATE TABLE IF NOT EXISTS PublicEntries (Id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, EntryId TEXT NOT NULL, AgencyId TEXT NOT NULL,
            AgencyCode TEXT NOT NULL, AgencyName TEXT NOT NULL, Number TEXT NOT NULL, Category TEXT NOT NULL, Year INTEGER NOT NULL, Title TEXT NOT NULL,
            Summary TEXT NOT NULL, Tags TEXT NOT NULL, DocumentText TEXT NOT NULL, PublishedAt TEXT NOT NULL, UpdatedAt TEXT NOT NULL);
        CREATE UNIQUE INDEX IF NOT EXISTS IX_PublicEntries_EntryId ON PublicEntries (EntryId);
        CREATE INDEX IF NOT EXISTS IX_PublicEntries_PublishedAt_Id ON PublicEntries (PublishedAt, Id);
        CREATE INDEX IF NOT EXISTS IX_PublicEntries_AgencyCode_PublishedAt_Id ON PublicEntries (AgencyCode, PublishedAt, Id);
        CREATE INDEX IF NOT EXISTS IX_PublicEntries_AgencyCode_Category_Year ON PublicEntries (AgencyCode, Category, Year);
        CREATE INDEX IF NOT EXISTS IX_PublicEntries_Id_AgencyCode_Category_Year ON PublicEntries (Id, AgencyCode, Category, Year);
        CREATE VIRTUAL TABLE IF NOT EXISTS PublicEntrySearch USING fts5(Title, Summary, Tags, DocumentText,
            content='PublicEntries', content_rowid='Id', tokenize='unicode61 remove_diacritics 2');
        CREATE TRIGGER IF NOT EXISTS PublicEntries_ai AFTER INSERT ON PublicEntries BEGIN
            INSERT INTO PublicEntrySearch(rowid, Title, Summary, Tags, DocumentText) VALUES (new.Id, new.Title, new.Summary, new.Tags, new.DocumentText);
        END;
        CREATE TRIGGER IF NOT EXISTS PublicEntries_ad AFTER DELETE ON PublicEntries BEGIN
            INSERT INTO PublicEntrySearch(PublicEntrySearch, rowid, Title, Summary, Tags, DocumentText) VALUES ('delete', old.Id, old.Title, old.Summary, old.Tags, old.DocumentText);
        END;
        CREATE TRIGGER IF NOT EXISTS PublicEntries_au AFTER UPDATE ON PublicEntries BEGIN
            INSERT INTO PublicEntrySearch(PublicEntrySearch, rowid, Title, Summary, Tags, DocumentText) VALUES ('delete', old.Id, old.Title, old.Summary, old.Tags, old.DocumentText);
            INSERT INTO PublicEntrySearch(rowid, Title, Summary, Tags, DocumentText) VALUES (new.Id, new.Title, new.Summary, new.Tags, new.DocumentText);
        END;
        """;
    command.ExecuteNonQuery();
}

// One writer at a time, as SQLite wants (the portal does the same in SqliteWriteGate).
var writeGate = new SemaphoreSlim(1, 1);

async Task<SqliteConnection> OpenAsync()
{
    var connection = new SqliteConnection(connectionString);
    await connection.OpenAsync();
    await using var pragma = connection.CreateCommand();
    pragma.CommandText = "PRAGMA synchronous=NORMAL;";
    await pragma.ExecuteNonQueryAsync();
    return connection;
}

app.MapPost("/submit", async (SubmitBody body) =>
{
    await using var connection = await OpenAsync();
    await using var command = connection.CreateCommand();
    command.CommandText = "INSERT INTO Submissions VALUES ($id, $code, $title, $description, $category, 'Anonymous', 'Submitted', $at)";
    var id = Guid.CreateVersion7();
    command.Parameters.AddWithValue("$id", id.ToString());
    command.Parameters.AddWithValue("$code", "ASP-" + id.ToString("N").ToUpperInvariant());
    command.Parameters.AddWithValue("$title", body.Title);
    command.Parameters.AddWithValue("$description", body.Description);
    command.Parameters.AddWithValue("$category", body.CategoryCode);
    command.Parameters.AddWithValue("$at", DateTime.UtcNow.ToString("O"));
    await writeGate.WaitAsync();
    try
    {
        await command.ExecuteNonQueryAsync();
    }
    finally
    {
        writeGate.Release();
    }

    return Results.Created($"/track/{id}", new { id });
});

app.MapGet("/track/{code}", async (string code) =>
{
    await using var connection = await OpenAsync();
    await using var command = connection.CreateCommand();
    command.CommandText = "SELECT Id, Title, Description, Status, SubmittedAt FROM Submissions WHERE TrackingCode = $code";
    command.Parameters.AddWithValue("$code", code);
    await using var reader = await command.ExecuteReaderAsync();
    return await reader.ReadAsync()
        ? Results.Ok(new { id = reader.GetString(0), title = reader.GetString(1), description = reader.GetString(2), status = reader.GetString(3), submittedAt = reader.GetString(4) })
        : Results.NotFound();
});

// The tracking page's floor: the same read by code, written into a bare HTML page (no layout, no forms).
app.MapGet("/track-page/{code}", async (string code) =>
{
    await using var connection = await OpenAsync();
    await using var command = connection.CreateCommand();
    command.CommandText = "SELECT Title, Description, Status, SubmittedAt FROM Submissions WHERE TrackingCode = $code";
    command.Parameters.AddWithValue("$code", code);
    await using var reader = await command.ExecuteReaderAsync();
    if (!await reader.ReadAsync())
    {
        return Results.NotFound();
    }

    var html = new StringBuilder("<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>Lacak</title></head><body><h1>")
        .Append(WebUtility.HtmlEncode(reader.GetString(0))).Append("</h1><p>").Append(WebUtility.HtmlEncode(reader.GetString(2)))
        .Append(" · ").Append(reader.GetString(3)).Append("</p><p>").Append(WebUtility.HtmlEncode(reader.GetString(1))).Append("</p></body></html>");
    return Results.Content(html.ToString(), "text/html; charset=utf-8");
});

app.MapGet("/feed", async () =>
{
    await using var connection = await OpenAsync();
    await using var command = connection.CreateCommand();
    command.CommandText = "SELECT Id, Title, Description, Status, SubmittedAt FROM Submissions WHERE Privacy <> 'Confidential' AND Status IN ('Submitted', 'Dispatched', 'Responded', 'Closed') ORDER BY SubmittedAt DESC, Id DESC LIMIT 20";
    var items = new List<object>();
    await using var reader = await command.ExecuteReaderAsync();
    while (await reader.ReadAsync())
    {
        items.Add(new { id = reader.GetString(0), title = reader.GetString(1), description = reader.GetString(2), status = reader.GetString(3), submittedAt = reader.GetString(4) });
    }

    return Results.Ok(items);
});

app.MapGet("/codes", async () =>
{
    await using var connection = await OpenAsync();
    await using var command = connection.CreateCommand();
    command.CommandText = "SELECT TrackingCode FROM Submissions LIMIT 1";
    return Results.Ok(await command.ExecuteScalarAsync());
});

// The portal's public text search (RegisterSearch on SQLite, no filters, first page), with the same words (letters
// and digits, at least 2, at most 8, each a quoted prefix) and the same FTS5 statements: where the newest 5,000
// matches start (the portal finds it while counting its facets; the floor asks FTS5 for it alone), the ids ranked by
// FTS5 within them, then only those rows read and marked in memory. No facet counts.
app.MapGet("/register/search", async (string q) =>
{
    var words = Regex.Matches(q, @"[\p{L}\p{Nd}]+").Select(m => m.Value.ToLowerInvariant()).Where(w => w.Length >= 2).Distinct().Take(8).ToList();
    if (words.Count == 0)
    {
        return Results.BadRequest();
    }

    var match = string.Join(' ', words.Select(w => $"\"{w}\"*"));
    await using var connection = await OpenAsync();
    object? windowStart;
    await using (var window = connection.CreateCommand())
    {
        window.CommandText = "SELECT rowid FROM PublicEntrySearch WHERE PublicEntrySearch MATCH $match ORDER BY rowid DESC LIMIT 1 OFFSET 4999";
        window.Parameters.AddWithValue("$match", match);
        windowStart = await window.ExecuteScalarAsync();
    }

    var ranked = new List<(long Id, double Rank)>();
    await using (var rank = connection.CreateCommand())
    {
        rank.CommandText = $"""
            SELECT r.Id, r.Rank FROM (SELECT PublicEntrySearch.rowid AS Id, bm25(PublicEntrySearch, 10.0, 5.0, 3.0, 1.0) AS Rank
                FROM PublicEntrySearch WHERE PublicEntrySearch MATCH $match{(windowStart is null ? "" : " AND PublicEntrySearch.rowid >= $start")}) r
            ORDER BY r.Rank, r.Id LIMIT 21
            """;
        rank.Parameters.AddWithValue("$match", match);
        rank.Parameters.AddWithValue("$start", windowStart ?? 0L);
        await using var reader = await rank.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ranked.Add((reader.GetInt64(0), reader.GetDouble(1)));
        }
    }

    if (ranked.Count == 0)
    {
        return Results.Ok(Array.Empty<object>());
    }

    await using var page = connection.CreateCommand();
    page.CommandText = $"""
        SELECT p.Id, p.EntryId, p.Number, p.AgencyCode, p.AgencyName, p.Title, p.Summary, p.Category, p.Year, p.PublishedAt, p.UpdatedAt, p.Tags, p.DocumentText
        FROM PublicEntries p WHERE p.Id IN ({string.Join(", ", ranked.Select((_, i) => $"$id{i}"))})
        """;
    for (var i = 0; i < ranked.Count; i++)
    {
        page.Parameters.AddWithValue($"$id{i}", ranked[i].Id);
    }

    var pattern = $@"\b({string.Join('|', words.Select(Regex.Escape))})[\p{{L}}\p{{Nd}}]*";
    string Mark(string text) => WebUtility.HtmlEncode(Regex.Replace(text, pattern, m => $"\uE000{m.Value}\uE001", RegexOptions.IgnoreCase))
        .Replace("\uE000", "<mark>", StringComparison.Ordinal).Replace("\uE001", "</mark>", StringComparison.Ordinal);
    string Snippet(params string[] texts)
    {
        foreach (var text in texts)
        {
            if (Regex.Match(text, pattern, RegexOptions.IgnoreCase) is { Success: true } found)
            {
                var start = Math.Max(0, found.Index - 80);
                return Mark(text.Substring(start, Math.Min(200, text.Length - start)));
            }
        }

        return WebUtility.HtmlEncode(texts[0][..Math.Min(200, texts[0].Length)]);
    }

    var rows = new Dictionary<long, object>();
    await using (var reader = await page.ExecuteReaderAsync())
    {
        while (await reader.ReadAsync())
        {
            rows[reader.GetInt64(0)] = new
            {
                id = reader.GetString(1), number = reader.GetString(2), agencyCode = reader.GetString(3), agencyName = reader.GetString(4),
                title = reader.GetString(5), summary = reader.GetString(6), category = reader.GetString(7), year = reader.GetInt32(8),
                publishedAt = reader.GetString(9), updatedAt = reader.GetString(10), titleHtml = Mark(reader.GetString(5)),
                snippetHtml = Snippet(reader.GetString(6), reader.GetString(12), reader.GetString(11)),
            };
        }
    }

    return Results.Ok(ranked.Where(r => rows.ContainsKey(r.Id)).Take(20).Select(r => rows[r.Id]).ToList());
});

// An agency's register page: the portal's browse query (RegisterSearch.BrowseAsync with the agency filter, first
// page), its 20 rows written into a bare HTML page; no facet queries, no layout.
app.MapGet("/register/agency/{code}", async (string code) =>
{
    await using var connection = await OpenAsync();
    await using var command = connection.CreateCommand();
    command.CommandText = """
        SELECT p.Id, p.EntryId, p.Number, p.AgencyCode, p.AgencyName, p.Title, p.Summary, p.Category, p.Year, p.PublishedAt, p.UpdatedAt
        FROM PublicEntries p WHERE 1 = 1 AND p.AgencyCode = $code ORDER BY p.PublishedAt DESC, p.Id DESC LIMIT 21
        """;
    command.Parameters.AddWithValue("$code", code.ToUpperInvariant());
    var html = new StringBuilder("<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>DIP</title></head><body><ol>");
    var rows = 0;
    await using var reader = await command.ExecuteReaderAsync();
    while (await reader.ReadAsync() && rows++ < 20)
    {
        html.Append("<li><h2><a href=\"/ppid/informasi/").Append(reader.GetString(1)).Append("\">").Append(WebUtility.HtmlEncode(reader.GetString(5))).Append("</a></h2><p>")
            .Append(WebUtility.HtmlEncode(reader.GetString(2))).Append(" · ").Append(WebUtility.HtmlEncode(reader.GetString(4))).Append(" · ")
            .Append(reader.GetString(7)).Append(" · ").Append(reader.GetInt32(8)).Append(" · ").Append(reader.GetString(10)).Append("</p><p>")
            .Append(WebUtility.HtmlEncode(reader.GetString(6))).Append("</p></li>");
    }

    return Results.Content(html.Append("</ol></body></html>").ToString(), "text/html; charset=utf-8");
});

// The agencies' report card for a period (bench/run-reports.sh): the portal's monthly figures (AgencyMonths and
// Agencies, copied from its reports.db) added up per agency for the months asked, ranked by answers on time, in a
// bare HTML table; no medians, no province trend, no layout.
app.MapGet("/cards", async (int first, int last) =>
{
    await using var connection = await OpenAsync();
    await using var command = connection.CreateCommand();
    command.CommandText = """
        SELECT a.Code, a.Name, SUM(m.Received), SUM(m.Answered), SUM(m.AnsweredOnTime), SUM(m.Reopened), SUM(m.Ratings), SUM(m.RatingSum),
               SUM(m.RequestsReceived), SUM(m.RequestsDecided), SUM(m.RequestsOnTime), SUM(m.ObjectionsFiled)
        FROM AgencyMonths m JOIN Agencies a ON a.Id = m.AgencyId
        WHERE m.Month BETWEEN $first AND $last
        GROUP BY a.Id ORDER BY 1.0 * SUM(m.AnsweredOnTime) / MAX(SUM(m.Answered), 1) DESC, a.Name
        """;
    command.Parameters.AddWithValue("$first", first);
    command.Parameters.AddWithValue("$last", last);
    var html = new StringBuilder("<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>Kinerja</title></head><body><table>");
    await using var reader = await command.ExecuteReaderAsync();
    while (await reader.ReadAsync())
    {
        html.Append("<tr><th><a href=\"/kinerja/").Append(reader.GetString(0)).Append("\">").Append(WebUtility.HtmlEncode(reader.GetString(1))).Append("</a></th>");
        for (var i = 2; i < 12; i++)
        {
            html.Append("<td>").Append(reader.GetInt64(i)).Append("</td>");
        }

        html.Append("</tr>");
    }

    return Results.Content(html.Append("</table></body></html>").ToString(), "text/html; charset=utf-8");
});

app.Run();

// FTS5's marks (U+E000, U+E001) around matched words, HTML-encoded text with <mark> elements, as the portal renders them.

internal sealed record SubmitBody(string Title, string Description, string CategoryCode);
