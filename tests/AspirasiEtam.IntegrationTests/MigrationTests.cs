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
