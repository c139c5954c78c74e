using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AspirasiEtam.Testing;

/// <summary>
/// The real host, with its real pipeline, bus and SQLite files in a folder of its own that is removed
/// on dispose (unless the folder was handed in, to be shared by hosts started one after the other).
/// Requests sign in through <see cref="TestAuthentication"/> headers; without them they are anonymous.
/// </summary>
public sealed class PortalFactory : WebApplicationFactory<Program>
{
    private readonly bool ownsDataDirectory;
    private readonly bool testAuthentication;
    private readonly Dictionary<string, string?> settings;

    public PortalFactory()
        : this(null, null)
    {
    }

    private PortalFactory(string? dataDirectory, IReadOnlyDictionary<string, string?>? settings, bool testAuthentication = true)
    {
        this.testAuthentication = testAuthentication;
        ownsDataDirectory = dataDirectory is null;
        DataDirectory = dataDirectory ?? NewDataDirectory();
        this.settings = new Dictionary<string, string?>
        {
            ["Persistence:Provider"] = "Sqlite",
            ["Persistence:DataDirectory"] = DataDirectory,
            ["Outbox:PollInterval"] = "00:00:00.200",
            ["Mail:PickupDirectory"] = Path.Combine(DataDirectory, "mail"),
            ["DataProtection:KeysDirectory"] = Path.Combine(DataDirectory, "keys"),
            ["Storage:RootDirectory"] = Path.Combine(DataDirectory, "files"),
            // Every request of a test host comes from one address: the limits stay on, but far above what a test
            // sends. RateLimitTests sets the production-like figures.
            // Test hosts talk plain HTTP and read the API reference anonymously; HardeningTests sets production values.
            ["Portal:EnforceHttps"] = "false",
            ["Portal:ApiReference"] = "Public",
            ["RateLimits:CodeRequestsPerMinute"] = "100000",
            ["RateLimits:AccountRequestsPerMinute"] = "100000",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            this.settings[key] = value;
        }
    }

    public string DataDirectory { get; }

    /// <summary>What the host logged, at its configured levels.</summary>
    public CapturedLogs Logs { get; } = new();

    /// <summary>
    /// A host with extra settings, on <paramref name="dataDirectory"/> when given (the caller then removes it,
    /// so hosts started one after the other can share the files), else on a folder of its own.
    /// </summary>
    public static PortalFactory With(IReadOnlyDictionary<string, string?> settings, string? dataDirectory = null) =>
        new(dataDirectory, settings);

    /// <summary>A host whose sign-in is the real one (cookies, bearer tokens, two-factor), with no test scheme.</summary>
    public static PortalFactory WithRealSignIn(IReadOnlyDictionary<string, string?>? settings = null) =>
        new(null, settings, testAuthentication: false);

    /// <summary>
    /// The emails the host wrote to its pickup folder, oldest first, once the outboxes have sent (or tried once to
    /// send) every email queued so far: mail leaves through the outbox, a moment after the change it reports.
    /// </summary>
    public IReadOnlyList<MimeKit.MimeMessage> SentMail()
    {
        var waitUntil = DateTime.UtcNow.AddSeconds(15);
        while (MailWaiting() && DateTime.UtcNow < waitUntil)
        {
            Thread.Sleep(50);
        }

        var folder = Path.Combine(DataDirectory, "mail");
        return Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.eml").Order(StringComparer.Ordinal).Select(f => MimeKit.MimeMessage.Load(f)).ToList()
            : [];
    }

    private bool MailWaiting() =>
        Directory.GetFiles(DataDirectory, "*.db").Any(file => Scalar<long>(
            file,
            $"SELECT COUNT(*) FROM OutboxMessages WHERE ProcessedAt IS NULL AND Attempts = 0 AND Type = '{AspirasiEtam.Shared.Messaging.OutboxMessage.MailType}'") > 0);

    public static string NewDataDirectory() =>
        Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "aspirasi-etam-tests", Guid.NewGuid().ToString("N"))).FullName;

    /// <summary>A client signed in with the given roles (none: anonymous).</summary>
    public HttpClient CreateClient(params string[] roles)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (roles.Length > 0)
        {
            client.DefaultRequestHeaders.Add(TestAuthentication.RolesHeader, string.Join(',', roles));
        }

        return client;
    }

    /// <summary>A path to one module's SQLite file, for tests that look at what was stored.</summary>
    public string DatabaseFile(string moduleName) => Path.Combine(DataDirectory, moduleName + ".db");

    /// <summary>One value read straight from a SQLite file, for conditions no API shows.</summary>
    public static T Scalar<T>(string databaseFile, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={databaseFile};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)command.ExecuteScalar()!;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        if (!testAuthentication)
        {
            return;
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddAuthentication()
                .AddScheme<AuthenticationSchemeOptions, TestAuthentication>(TestAuthentication.SchemeName, _ => { });
            services.PostConfigure<AuthenticationOptions>(o =>
            {
                o.DefaultScheme = TestAuthentication.SchemeName;
                o.DefaultAuthenticateScheme = TestAuthentication.SchemeName;
                o.DefaultChallengeScheme = TestAuthentication.SchemeName;
                o.DefaultForbidScheme = TestAuthentication.SchemeName;
            });
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && ownsDataDirectory)
        {
            DeleteDataDirectory(DataDirectory);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (ownsDataDirectory)
        {
            DeleteDataDirectory(DataDirectory);
        }
    }

    public static void DeleteDataDirectory(string directory)
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
