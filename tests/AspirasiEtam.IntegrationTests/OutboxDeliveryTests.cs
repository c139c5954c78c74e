using System.Net;
using System.Net.Http.Json;
using AspirasiEtam.Shared.Contracts;
using AspirasiEtam.Testing;
using Microsoft.Data.Sqlite;

namespace AspirasiEtam.IntegrationTests;

/// <summary>
/// An event committed to the outbox survives the host stopping before dispatch: the next host on the same
/// files delivers it, and a second delivery of the same message changes nothing.
/// </summary>
public sealed class OutboxDeliveryTests : IDisposable
{
    private readonly string dataDirectory = PortalFactory.NewDataDirectory();

    [Fact]
    public async Task Events_committed_before_a_stop_are_delivered_by_the_next_host_exactly_once()
    {
        Guid agencyId;
        await using (var first = PortalFactory.With(new Dictionary<string, string?> { ["Outbox:DispatchEnabled"] = "false" }, dataDirectory))
        {
            var admin = first.CreateClient(Roles.SuperAdmin);
            agencyId = (await (await admin.GetAsync("/api/admin/agencies?search=DISPORA")).JsonAsync(HttpStatusCode.OK)).GetProperty("items")[0].GetProperty("id").GetGuid();
            (await admin.PutAsJsonAsync($"/api/admin/agencies/{agencyId}", new { name = "Dinas Pemuda dan Olahraga (baru)", shortName = "Dispora", kind = "dinas" }))
                .EnsureSuccessStatusCode();
        }

        Assert.Equal(40, Scalar<long>("directory", "SELECT COUNT(*) FROM OutboxMessages WHERE ProcessedAt IS NULL"));
        Assert.Equal(0, Scalar<long>("aspirations", "SELECT COUNT(*) FROM DispatchAgencies"));
        var updateMessageId = Scalar<string>("directory", "SELECT Id FROM OutboxMessages WHERE Type LIKE '%AgencyUpdated%'");

        await using var second = PortalFactory.With(new Dictionary<string, string?>(), dataDirectory);
        var client = second.CreateClient(Roles.SuperAdmin);
        await Eventually.Until(
            async () => await (await client.GetAsync("/api/admin/aspirations/agencies")).JsonAsync(HttpStatusCode.OK),
            list => list.GetArrayLength() == 39 && list.EnumerateArray().Any(a => a.GetProperty("name").GetString() == "Dinas Pemuda dan Olahraga (baru)"),
            what: "the restarted host to deliver the stored events");
        await Eventually.Until(() => Task.FromResult(Scalar<long>("directory", "SELECT COUNT(*) FROM OutboxMessages WHERE ProcessedAt IS NULL")), n => n == 0, what: "the outbox to empty");

        // Simulate a crash between publishing and marking the message published: it is sent again.
        Execute("directory", $"UPDATE OutboxMessages SET ProcessedAt = NULL WHERE Id = '{updateMessageId}'");
        await Eventually.Until(() => Task.FromResult(Scalar<long>("directory", "SELECT COUNT(*) FROM OutboxMessages WHERE ProcessedAt IS NULL")), n => n == 0, what: "the redelivery");
        await Task.Delay(500);

        Assert.Equal(1, Scalar<long>("aspirations", $"SELECT COUNT(*) FROM InboxMessages WHERE upper(MessageId) = upper('{updateMessageId}')"));

        // Exactly once, for every agency event the directory published: the 40 above and those it told again when the
        // Reports module asked (docs/adr/0015) — once that replay is over and its events are delivered.
        await Eventually.Until(() => Task.FromResult(Scalar<long>("reports", "SELECT COUNT(*) FROM SourceReplays WHERE CompletedAt IS NOT NULL")), n => n == 4, what: "the replays of its four sources");
        await Eventually.Until(() => Task.FromResult(Scalar<long>("directory", "SELECT COUNT(*) FROM OutboxMessages WHERE ProcessedAt IS NULL")), n => n == 0, what: "the replay's delivery");
        var published = Scalar<long>("directory", "SELECT COUNT(*) FROM OutboxMessages WHERE Type LIKE '%AgencyRegistered%' OR Type LIKE '%AgencyUpdated%'");
        Assert.Equal(40 + 39, published);
        await Eventually.Until(
            () => Task.FromResult(Scalar<long>("aspirations", "SELECT COUNT(*) FROM InboxMessages WHERE Consumer LIKE '%.AgencyRegisteredConsumer' OR Consumer LIKE '%.AgencyUpdatedConsumer'")),
            n => n == published,
            what: "every agency event in the Aspirations inbox");
        await Task.Delay(500);
        Assert.Equal(published, Scalar<long>("aspirations", "SELECT COUNT(*) FROM InboxMessages WHERE Consumer LIKE '%.AgencyRegisteredConsumer' OR Consumer LIKE '%.AgencyUpdatedConsumer'"));
        Assert.Equal(39, Scalar<long>("aspirations", "SELECT COUNT(*) FROM DispatchAgencies"));
        Assert.Equal(2, Scalar<long>("aspirations", $"SELECT Version FROM DispatchAgencies WHERE upper(Id) = upper('{agencyId}')"));
    }

    public void Dispose() => PortalFactory.DeleteDataDirectory(dataDirectory);

    private T Scalar<T>(string module, string sql) => PortalFactory.Scalar<T>(DatabaseFile(module), sql);

    private void Execute(string module, string sql)
    {
        using var connection = Open(module);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        Assert.Equal(1, command.ExecuteNonQuery());
    }

    private string DatabaseFile(string module) => Path.Combine(dataDirectory, module + ".db");

    private SqliteConnection Open(string module)
    {
        var connection = new SqliteConnection($"Data Source={DatabaseFile(module)};Pooling=False");
        connection.Open();
        return connection;
    }
}
