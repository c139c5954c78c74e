using System.Diagnostics;
using AspirasiEtam.Testing;

namespace AspirasiEtam.IntegrationTests;

/// <summary>A bad setting stops the real host process at start with a plain message naming it.</summary>
public sealed class ConfigurationTests : IDisposable
{
    private readonly string dataDirectory = PortalFactory.NewDataDirectory();

    [Fact]
    public async Task An_unknown_provider_stops_the_host_with_a_message_naming_the_setting()
    {
        var error = await StartHostExpectingFailureAsync(("Persistence__Provider", "Oracle"));
        Assert.Contains("Persistence:Provider 'Oracle' is not supported", error);
    }

    [Fact]
    public async Task An_unwritable_data_folder_stops_the_host_with_a_message_naming_the_folder()
    {
        var blocker = Path.Combine(dataDirectory, "a-file");
        await File.WriteAllTextAsync(blocker, "not a folder");
        var error = await StartHostExpectingFailureAsync(("Persistence__DataDirectory", Path.Combine(blocker, "data")));
        Assert.Contains("Persistence:DataDirectory", error);
        Assert.Contains("is not writable", error);
    }

    [Fact]
    public async Task A_database_file_the_host_cannot_write_stops_it_with_a_message_naming_the_file()
    {
        // Real databases from a first run; then the shared-memory file of one is something SQLite cannot map
        // (a folder here, which root cannot write either; for a service account, a -shm left by root). Unchecked,
        // the host died of SIGBUS or a stack trace at the first query.
        await using (var first = PortalFactory.With(new Dictionary<string, string?>(), dataDirectory))
        {
            first.CreateClient();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var shm = Path.Combine(dataDirectory, "aspirations.db-shm");
        File.Delete(shm);
        Directory.CreateDirectory(shm);

        var error = await StartHostExpectingFailureAsync();
        Assert.Contains($"'{shm}'", error);
        Assert.Contains("cannot be written", error);
    }

    [Fact]
    public async Task Sql_server_without_a_connection_string_stops_the_host()
    {
        var error = await StartHostExpectingFailureAsync(("Persistence__Provider", "SqlServer"));
        Assert.Contains("Persistence:SqlServerConnectionString is required", error);
    }

    public void Dispose() => PortalFactory.DeleteDataDirectory(dataDirectory);

    private async Task<string> StartHostExpectingFailureAsync(params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo("dotnet", [typeof(Program).Assembly.Location])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = dataDirectory,
        };
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Persistence__DataDirectory"] = dataDirectory;
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("The host started despite the bad setting.");
        }

        var error = await stderr;
        Assert.Equal(1, process.ExitCode);
        Assert.StartsWith("Configuration is not valid:", error.Trim());
        // The structured log (stdout) keeps the exception for operators; the message on stderr is plain.
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Contains("Persistence", await stdout, StringComparison.Ordinal);
        return error;
    }
}
