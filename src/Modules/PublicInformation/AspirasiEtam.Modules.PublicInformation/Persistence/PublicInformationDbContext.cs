using AspirasiEtam.Shared.Persistence;

namespace AspirasiEtam.Modules.PublicInformation.Persistence;

/// <summary>The Public Information (PPID) module's database: the register of public information, its search, and the agencies it serves.</summary>
internal abstract class PublicInformationDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string SchemaName = "ppid";

    public DbSet<InformationEntry> Entries => Set<InformationEntry>();

    public DbSet<PublicEntry> PublicEntries => Set<PublicEntry>();

    public DbSet<PpidAgency> Agencies => Set<PpidAgency>();

    public DbSet<ChecklistItem> ChecklistItems => Set<ChecklistItem>();

    public DbSet<RegisterOfficer> Officers => Set<RegisterOfficer>();

    public DbSet<FreshnessNotice> FreshnessNotices => Set<FreshnessNotice>();

    public DbSet<PpidPage> Pages => Set<PpidPage>();

    public DbSet<InformationRequest> Requests => Set<InformationRequest>();

    public DbSet<Objection> Objections => Set<Objection>();

    public DbSet<PpidHoliday> Holidays => Set<PpidHoliday>();

    protected override string Schema => SchemaName;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfiguration(new InformationEntryConfiguration());
        modelBuilder.ApplyConfiguration(new PublicEntryConfiguration());
        modelBuilder.ApplyConfiguration(new PpidAgencyConfiguration());
        var freshness = new FreshnessConfiguration();
        modelBuilder.ApplyConfiguration<ChecklistItem>(freshness);
        modelBuilder.ApplyConfiguration<RegisterOfficer>(freshness);
        modelBuilder.ApplyConfiguration<FreshnessNotice>(freshness);
        modelBuilder.ApplyConfiguration(new PpidPageConfiguration());
        modelBuilder.ApplyConfiguration(new InformationRequestConfiguration());
        modelBuilder.ApplyConfiguration(new ObjectionConfiguration());
        modelBuilder.ApplyConfiguration(new PpidHolidayConfiguration());
    }
}

internal sealed class SqlitePublicInformationDbContext(DbContextOptions<SqlitePublicInformationDbContext> options) : PublicInformationDbContext(options);

internal sealed class SqlServerPublicInformationDbContext(DbContextOptions<SqlServerPublicInformationDbContext> options) : PublicInformationDbContext(options);

internal sealed class SqlitePublicInformationDesignTimeFactory : SqliteDesignTimeFactory<SqlitePublicInformationDbContext>;

internal sealed class SqlServerPublicInformationDesignTimeFactory() : SqlServerDesignTimeFactory<SqlServerPublicInformationDbContext>(PublicInformationDbContext.SchemaName);
