using AspirasiEtam.Shared.Persistence;

namespace AspirasiEtam.Modules.Reports.Persistence;

/// <summary>The Reports module's database: read models built from the other modules' events, never from their tables.</summary>
internal abstract class ReportsDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string SchemaName = "reports";

    public DbSet<AspirationFact> Aspirations => Set<AspirationFact>();

    public DbSet<AspirationReopening> Reopenings => Set<AspirationReopening>();

    public DbSet<ReportAgency> Agencies => Set<ReportAgency>();

    public DbSet<SourceReplay> Replays => Set<SourceReplay>();

    protected override string Schema => SchemaName;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<AspirationFact>(fact =>
        {
            fact.ToTable("AspirationFacts");
            fact.HasKey(f => f.SubmissionId);
            fact.Property(f => f.SubmissionId).ValueGeneratedNever();
            fact.Property(f => f.Kind).HasMaxLength(30);
            fact.Property(f => f.CategoryCode).HasMaxLength(60);
            fact.Property(f => f.Outcome).HasMaxLength(20);
            fact.HasIndex(f => f.SubmittedAt);
            fact.HasIndex(f => new { f.AgencyId, f.DispatchedAt });
            fact.HasIndex(f => new { f.RespondingAgencyId, f.RespondedAt });
        });
        modelBuilder.Entity<AspirationReopening>(reopening =>
        {
            reopening.ToTable("AspirationReopenings");
            reopening.HasKey(r => new { r.SubmissionId, r.ReopenedAt });
            reopening.HasIndex(r => new { r.AgencyId, r.ReopenedAt });
        });
        modelBuilder.Entity<SourceReplay>(replay =>
        {
            replay.ToTable("SourceReplays");
            replay.HasKey(r => r.Source);
            replay.Property(r => r.Source).HasMaxLength(40);
        });
        modelBuilder.Entity<ReportAgency>(agency =>
        {
            agency.ToTable("Agencies");
            agency.HasKey(a => a.Id);
            agency.Property(a => a.Id).ValueGeneratedNever();
            agency.Property(a => a.Code).HasMaxLength(30).IsRequired();
            agency.Property(a => a.Name).HasMaxLength(200).IsRequired();
        });
    }
}

internal sealed class SqliteReportsDbContext(DbContextOptions<SqliteReportsDbContext> options) : ReportsDbContext(options);

internal sealed class SqlServerReportsDbContext(DbContextOptions<SqlServerReportsDbContext> options) : ReportsDbContext(options);

internal sealed class SqliteReportsDesignTimeFactory : SqliteDesignTimeFactory<SqliteReportsDbContext>;

internal sealed class SqlServerReportsDesignTimeFactory() : SqlServerDesignTimeFactory<SqlServerReportsDbContext>(ReportsDbContext.SchemaName);
