using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AspirasiEtam.Shared.Persistence;

/// <summary>
/// Lets <c>dotnet ef</c> build a module's SQLite context without a host. A module declares one
/// one-line subclass per provider context.
/// </summary>
public abstract class SqliteDesignTimeFactory<TContext> : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TContext>();
        ModuleDatabaseRegistration.ConfigureSqlite(options, "Data Source=design-time.db");
        return (TContext)Activator.CreateInstance(typeof(TContext), options.Options)!;
    }
}

/// <summary>SQL Server counterpart of <see cref="SqliteDesignTimeFactory{TContext}"/>; it never connects.</summary>
public abstract class SqlServerDesignTimeFactory<TContext>(string schema) : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TContext>();
        ModuleDatabaseRegistration.ConfigureSqlServer(options, "Server=design-time;Database=AspirasiEtam;Trusted_Connection=True;TrustServerCertificate=True", schema);
        return (TContext)Activator.CreateInstance(typeof(TContext), options.Options)!;
    }
}
