using AspirasiEtam.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AspirasiEtam.Modules.Identity.Persistence;

/// <summary>The Identity module's database; the identity issue adds the ASP.NET Core Identity stores here.</summary>
internal abstract class IdentityModuleDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string SchemaName = "identity";

    protected override string Schema => SchemaName;
}

internal sealed class SqliteIdentityModuleDbContext(DbContextOptions<SqliteIdentityModuleDbContext> options) : IdentityModuleDbContext(options);

internal sealed class SqlServerIdentityModuleDbContext(DbContextOptions<SqlServerIdentityModuleDbContext> options) : IdentityModuleDbContext(options);

internal sealed class SqliteIdentityModuleDesignTimeFactory : SqliteDesignTimeFactory<SqliteIdentityModuleDbContext>;

internal sealed class SqlServerIdentityModuleDesignTimeFactory() : SqlServerDesignTimeFactory<SqlServerIdentityModuleDbContext>(IdentityModuleDbContext.SchemaName);
