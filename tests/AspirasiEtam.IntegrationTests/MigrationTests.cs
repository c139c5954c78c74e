using System.Text;
using AspirasiEtam.Host;
using AspirasiEtam.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AspirasiEtam.IntegrationTests;

/// <summary>
/// Every module keeps migrations for both providers current with its model, and the committed SQL Server
/// scripts current with the migrations. Fix a failure with scripts/add-migration.sh (see README).
/// </summary>
public sealed class MigrationTests
{
    public static TheoryData<string> ProviderContexts()
    {
        var data = new TheoryData<string>();
        foreach (var factory in DesignTimeFactories())
        {
            data.Add(factory.ContextName);
        }

        return data;
    }

    [Fact]
    public void Every_module_has_a_sqlite_and_a_sql_server_context()
    {
        foreach (var module in PortalModules.All)
        {
            var names = DesignTimeFactories().Where(f => f.Assembly == module.GetType().Assembly).Select(f => f.ContextName).ToList();
            Assert.True(names.Count(n => n.StartsWith("Sqlite", StringComparison.Ordinal)) == 1, $"{module.Name}: {string.Join(", ", names)}");
            Assert.True(names.Count(n => n.StartsWith("SqlServer", StringComparison.Ordinal)) == 1, $"{module.Name}: {string.Join(", ", names)}");
        }
    }

    [Theory]
    [MemberData(nameof(ProviderContexts))]
    public void The_model_has_no_changes_without_a_migration(string contextName)
    {
        using var context = Create(contextName);
        Assert.NotEmpty(context.Database.GetMigrations());
        Assert.False(context.Database.HasPendingModelChanges(), $"{contextName} has model changes without a migration: run scripts/add-migration.sh");
    }

    [Theory]
    [MemberData(nameof(ProviderContexts))]
    public void The_committed_sql_server_script_is_current(string contextName)
    {
        if (!contextName.StartsWith("SqlServer", StringComparison.Ordinal))
        {
            return;
        }

        using var context = Create(contextName);
        var schema = context.Model.GetDefaultSchema();
        Assert.False(string.IsNullOrEmpty(schema), $"{contextName} has no schema of its own");
        var expected = context.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        var path = Path.Combine(RepositoryRoot.Path, "deploy", "sqlserver", schema + ".sql");
        Assert.True(File.Exists(path), $"{path} is missing: run scripts/add-migration.sh");
        Assert.True(Normalize(expected) == Normalize(File.ReadAllText(path, Encoding.UTF8)), $"{path} is stale: run scripts/add-migration.sh");
    }

    [Fact]
    public void Existing_reports_keep_their_privacy_without_widening_anyones_view()
    {
        var file = Path.Combine(PortalFactory.NewDataDirectory(), "aspirations.db");
        using (var context = Create("SqliteAspirationsDbContext"))
        {
            context.Database.SetConnectionString($"Data Source={file};Pooling=False");
            var migrator = context.GetService<IMigrator>();
            migrator.Migrate(context.Database.GetMigrations().Single(m => m.EndsWith("_ReporterAsComplexType", StringComparison.Ordinal)));
            // One report of each old privacy, all dispatched; the public one was assigned an officer.
            foreach (var (privacy, number) in new[] { ("Confidential", 1), ("Anonymous", 2), ("Public", 3) })
            {
                var (id, code, feed) = ($"00000000-0000-7000-8000-00000000000{number}", $"ASP-2222-222{number}", privacy == "Confidential" ? "Hidden" : "Public");
                string? officer = privacy == "Public" ? "00000000-0000-7000-8000-0000000000FF" : null;
                context.Database.ExecuteSql(
                    $"""
                    INSERT INTO Submissions (Id, TrackingCode, Kind, Title, Description, CategoryCode, Privacy, Channel, Status, Feed, CreatedAt, SupportCount, ReporterName, ReporterEmail, AssignedOfficerId)
                    VALUES ({id}, {code}, 'Complaint', 'Judul', 'Uraian', 'kesehatan', {privacy}, 'Web', 'Dispatched', {feed}, '2026-11-01 00:00:00', 0, 'Nama', 'nama@example.id', {officer})
                    """);
            }

            migrator.Migrate();
        }

        string Row(int number) => PortalFactory.Scalar<string>(file,
            $"SELECT Anonymous || Confidential || ContactShared || ' ' || Feed || ' ' || ReportNumber FROM Submissions WHERE TrackingCode = 'ASP-2222-222{number}'");
        // Anonymous stays anonymous, confidential stays off the feed, and no contact is shared without consent.
        Assert.StartsWith("010 Hidden LAP-", Row(1), StringComparison.Ordinal);
        Assert.StartsWith("100 Public LAP-", Row(2), StringComparison.Ordinal);
        Assert.StartsWith("000 Public LAP-", Row(3), StringComparison.Ordinal);
        Assert.Equal(3L, PortalFactory.Scalar<long>(file, "SELECT COUNT(DISTINCT ReportNumber) FROM Submissions"));
        PortalFactory.DeleteDataDirectory(Path.GetDirectoryName(file)!);
    }

    private static string Normalize(string sql) => sql.Replace("\r\n", "\n", StringComparison.Ordinal).Trim('\uFEFF', '\n', ' ');

    private static DbContext Create(string contextName) =>
        DesignTimeFactories().Single(f => f.ContextName == contextName).Create();

    private static IEnumerable<(string ContextName, System.Reflection.Assembly Assembly, Func<DbContext> Create)> DesignTimeFactories() =>
        from module in PortalModules.All
        let assembly = module.GetType().Assembly
        from type in assembly.GetTypes()
        where !type.IsAbstract
        from contract in type.GetInterfaces()
        where contract.IsGenericType && contract.GetGenericTypeDefinition() == typeof(IDesignTimeDbContextFactory<>)
        select (contract.GetGenericArguments()[0].Name, assembly, (Func<DbContext>)(() =>
            (DbContext)contract.GetMethod(nameof(IDesignTimeDbContextFactory<DbContext>.CreateDbContext))!
                .Invoke(Activator.CreateInstance(type, nonPublic: true), [Array.Empty<string>()])!));
}
