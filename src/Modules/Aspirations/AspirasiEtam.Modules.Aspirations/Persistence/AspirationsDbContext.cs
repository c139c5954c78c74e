using AspirasiEtam.Modules.Aspirations.Domain;
using AspirasiEtam.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AspirasiEtam.Modules.Aspirations.Persistence;

internal abstract class AspirationsDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string SchemaName = "aspirations";

    public DbSet<DispatchAgency> DispatchAgencies => Set<DispatchAgency>();

    protected override string Schema => SchemaName;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<DispatchAgency>(agency =>
        {
            agency.ToTable("DispatchAgencies");
            agency.HasKey(a => a.Id);
            agency.Property(a => a.Id).ValueGeneratedNever();
            agency.Property(a => a.Code).HasMaxLength(30).IsRequired();
            agency.Property(a => a.Name).HasMaxLength(200).IsRequired();
            agency.Property(a => a.ShortName).HasMaxLength(60).IsRequired();
            agency.PrimitiveCollection(a => a.Categories).HasField("categories").UsePropertyAccessMode(PropertyAccessMode.Field).IsRequired();
        });
    }
}

internal sealed class SqliteAspirationsDbContext(DbContextOptions<SqliteAspirationsDbContext> options) : AspirationsDbContext(options);

internal sealed class SqlServerAspirationsDbContext(DbContextOptions<SqlServerAspirationsDbContext> options) : AspirationsDbContext(options);

internal sealed class SqliteAspirationsDesignTimeFactory : SqliteDesignTimeFactory<SqliteAspirationsDbContext>;

internal sealed class SqlServerAspirationsDesignTimeFactory() : SqlServerDesignTimeFactory<SqlServerAspirationsDbContext>(AspirationsDbContext.SchemaName);
