using System.Globalization;
using Microsoft.Data.Sqlite;

namespace AspirasiEtam.ReliabilityTests;

public sealed record OutboxRow(string Module, Guid Id, string Type, string Content, DateTime OccurredAt, DateTime? ProcessedAt, int Attempts, string? LastError)
{
    public string EventName => Type.Split(',')[0].Split('.')[^1];
}

public sealed record InboxRow(string Module, Guid MessageId, string Consumer, long Count);

public sealed record AgencyCopy(Guid Id, string Code, int Version, bool IsActive);

public sealed record UserRow(Guid Id, string Email, bool IsStaff, bool IsActive);

public sealed record StaffMemberCopy(Guid UserId, string Email, bool IsActive);

public sealed record SubmissionRow(string Title, string TrackingCode);

/// <summary>A request the Public Information module registered from a converted report, and the number the report learned.</summary>
public sealed record ConvertedRequest(Guid SubmissionId, string Number);

/// <summary>
/// What the portal's SQLite files hold, read through read-only connections (while the host runs, so that its WAL
/// index is valid): every module's outbox and inbox, the directory's agencies and their copies in Identity and
/// Aspirations, staff accounts and their Aspirations copies, and the reports whose title holds a marker.
/// </summary>
public sealed class PortalSnapshot
{
    public required IReadOnlyList<OutboxRow> Outbox { get; init; }

    public required IReadOnlyList<InboxRow> Inbox { get; init; }

    public required IReadOnlyDictionary<Guid, AgencyCopy> DirectoryAgencies { get; init; }

    public required IReadOnlyDictionary<Guid, AgencyCopy> AspirationsAgencies { get; init; }

    public required IReadOnlyDictionary<Guid, AgencyCopy> IdentityAgencies { get; init; }

    public required IReadOnlyList<UserRow> Users { get; init; }

    public required IReadOnlyDictionary<Guid, StaffMemberCopy> AspirationsStaff { get; init; }

    public required IReadOnlyList<SubmissionRow> MarkedSubmissions { get; init; }

    /// <summary>The requests the PPID registered from converted reports (one per report, by the unique index).</summary>
    public required IReadOnlyList<ConvertedRequest> ConvertedRequests { get; init; }

    /// <summary>The reports that learned the number of the request they became.</summary>
    public required IReadOnlyDictionary<Guid, string> ReportsWithRequestNumber { get; init; }

    public static PortalSnapshot Read(string dataDirectory, IEnumerable<string> modules, string titleMarker)
    {
        var names = modules.ToList();
        string File(string module) => Path.Combine(dataDirectory, module + ".db");
        return new PortalSnapshot
        {
            Outbox = names.SelectMany(m => Query(File(m), "SELECT Id, Type, Content, OccurredAt, ProcessedAt, Attempts, LastError FROM OutboxMessages", r =>
                new OutboxRow(m, r.GetGuid(0), r.GetString(1), r.GetString(2), Time(r.GetString(3)), r.IsDBNull(4) ? null : Time(r.GetString(4)), r.GetInt32(5), r.IsDBNull(6) ? null : r.GetString(6)))).ToList(),
            Inbox = names.SelectMany(m => Query(File(m), "SELECT MessageId, Consumer, COUNT(*) FROM InboxMessages GROUP BY MessageId, Consumer", r =>
                new InboxRow(m, r.GetGuid(0), r.GetString(1), r.GetInt64(2)))).ToList(),
            DirectoryAgencies = Agencies(File("directory"), "Agencies"),
            AspirationsAgencies = Agencies(File("aspirations"), "DispatchAgencies"),
            IdentityAgencies = Agencies(File("identity"), "KnownAgencies"),
            Users = Query(File("identity"), "SELECT Id, Email, IsStaff, IsActive FROM AspNetUsers", r =>
                new UserRow(r.GetGuid(0), r.GetString(1), r.GetBoolean(2), r.GetBoolean(3))),
            AspirationsStaff = Query(File("aspirations"), "SELECT UserId, Email, IsActive FROM StaffMembers", r =>
                new StaffMemberCopy(r.GetGuid(0), r.GetString(1), r.GetBoolean(2))).ToDictionary(s => s.UserId),
            MarkedSubmissions = Query(File("aspirations"), "SELECT Title, TrackingCode FROM Submissions WHERE instr(Title, $marker) > 0", r =>
                new SubmissionRow(r.GetString(0), r.GetString(1)), ("$marker", titleMarker)),
            ConvertedRequests = Query(File("ppid"), "SELECT SourceSubmissionId, Number FROM Requests WHERE SourceSubmissionId IS NOT NULL", r =>
                new ConvertedRequest(r.GetGuid(0), r.GetString(1))),
            ReportsWithRequestNumber = Query(File("aspirations"), "SELECT Id, InformationRequestNumber FROM Submissions WHERE InformationRequestNumber IS NOT NULL", r =>
                (Id: r.GetGuid(0), Number: r.GetString(1))).ToDictionary(x => x.Id, x => x.Number),
        };
    }

    /// <summary>Rows of every module's outbox not yet marked published, and every inbox row: what the drain watches.</summary>
    public static (long Pending, long Inboxes) Progress(string dataDirectory, IEnumerable<string> modules)
    {
        long pending = 0, inboxes = 0;
        foreach (var module in modules)
        {
            var file = Path.Combine(dataDirectory, module + ".db");
            pending += Query(file, "SELECT COUNT(*) FROM OutboxMessages WHERE ProcessedAt IS NULL", r => r.GetInt64(0))[0];
            inboxes += Query(file, "SELECT COUNT(*) FROM InboxMessages", r => r.GetInt64(0))[0];
        }

        return (pending, inboxes);
    }

    private static Dictionary<Guid, AgencyCopy> Agencies(string file, string table) =>
        Query(file, $"SELECT Id, Code, Version, IsActive FROM {table}", r => new AgencyCopy(r.GetGuid(0), r.GetString(1), r.GetInt32(2), r.GetBoolean(3)))
            .ToDictionary(a => a.Id);

    private static List<T> Query<T>(string file, string sql, Func<SqliteDataReader, T> row, params (string Name, object Value)[] parameters)
    {
        using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(row(reader));
        }

        return rows;
    }

    private static DateTime Time(string text) =>
        DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
