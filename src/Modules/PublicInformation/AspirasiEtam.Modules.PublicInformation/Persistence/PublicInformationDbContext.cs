using AspirasiEtam.Shared.Persistence;

namespace AspirasiEtam.Modules.PublicInformation.Persistence;

/// <summary>The Public Information (PPID) module's database: the register of public information, requests and objections.</summary>
internal abstract class PublicInformationDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string SchemaName = "ppid";

    protected override string Schema => SchemaName;
}

internal sealed class SqlitePublicInformationDbContext(DbContextOptions<SqlitePublicInformationDbContext> options) : PublicInformationDbContext(options);

internal sealed class SqlServerPublicInformationDbContext(DbContextOptions<SqlServerPublicInformationDbContext> options) : PublicInformationDbContext(options);

internal sealed class SqlitePublicInformationDesignTimeFactory : SqliteDesignTimeFactory<SqlitePublicInformationDbContext>;

internal sealed class SqlServerPublicInformationDesignTimeFactory() : SqlServerDesignTimeFactory<SqlServerPublicInformationDbContext>(PublicInformationDbContext.SchemaName);
