using Microsoft.Data.Sqlite;

// Minimal API + Microsoft.Data.Sqlite doing what the portal's three measured endpoints do at their core:
// insert a submission, read one by tracking code, read the newest 20 public ones.
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

app.Run();

internal sealed record SubmitBody(string Title, string Description, string CategoryCode);
