using AspirasiEtam.Shared.Persistence;

namespace AspirasiEtam.Modules.OrganisationDirectory.Persistence;

internal abstract class DirectoryDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string SchemaName = "directory";

    public DbSet<Agency> Agencies => Set<Agency>();

    protected override string Schema => SchemaName;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfiguration(new AgencyConfiguration());
    }
}

internal sealed class SqliteDirectoryDbContext(DbContextOptions<SqliteDirectoryDbContext> options) : DirectoryDbContext(options);

internal sealed class SqlServerDirectoryDbContext(DbContextOptions<SqlServerDirectoryDbContext> options) : DirectoryDbContext(options);

internal sealed class SqliteDirectoryDesignTimeFactory : SqliteDesignTimeFactory<SqliteDirectoryDbContext>;

internal sealed class SqlServerDirectoryDesignTimeFactory() : SqlServerDesignTimeFactory<SqlServerDirectoryDbContext>(DirectoryDbContext.SchemaName);
