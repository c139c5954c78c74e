using AspirasiEtam.Shared.Persistence;

namespace AspirasiEtam.Modules.Reports.Persistence;

/// <summary>The Reports module's database: read models built from the other modules' events, never from their tables.</summary>
internal abstract class ReportsDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string SchemaName = "reports";

    public DbSet<AspirationFact> Aspirations => Set<AspirationFact>();

    public DbSet<AspirationReopening> Reopenings => Set<AspirationReopening>();

    public DbSet<RequestFact> Requests => Set<RequestFact>();

    public DbSet<ObjectionFact> Objections => Set<ObjectionFact>();

    public DbSet<AgencyMonth> Months => Set<AgencyMonth>();

    public DbSet<PendingFigure> PendingFigures => Set<PendingFigure>();

    public DbSet<ReportAgency> Agencies => Set<ReportAgency>();

    public DbSet<ReportRecipient> Recipients => Set<ReportRecipient>();

    public DbSet<LeaderReportSent> LeaderReportsSent => Set<LeaderReportSent>();

    public DbSet<SourceReplay> Replays => Set<SourceReplay>();

    public DbSet<DipUpdate> DipUpdates => Set<DipUpdate>();

    public DbSet<DipWithdrawal> DipWithdrawals => Set<DipWithdrawal>();

    public DbSet<DipChecklist> DipChecklists => Set<DipChecklist>();

    public DbSet<ReportHoliday> Holidays => Set<ReportHoliday>();

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
            fact.Property(f => f.ReportNumber).HasMaxLength(40);
            fact.Property(f => f.Status).HasMaxLength(20);

            // An agency's month is recounted from these ranges, each through an index that covers it.
            fact.HasIndex(f => f.SubmittedAt);
            fact.HasIndex(f => new { f.AgencyId, f.DispatchedAt });
            fact.HasIndex(f => new { f.RespondingAgencyId, f.RespondedAt, f.WorkingDaysToRespond, f.RespondedOnTime });
            fact.HasIndex(f => new { f.RatedAgencyId, f.RatedAt, f.Rating });

            // The dashboard and the leader's report: what is open, where, and due when.
            fact.HasIndex(f => new { f.Status, f.AgencyId, f.FollowUpDueAt });
        });
        modelBuilder.Entity<RequestFact>(fact =>
        {
            fact.ToTable("RequestFacts");
            fact.HasKey(f => f.RequestId);
            fact.Property(f => f.RequestId).ValueGeneratedNever();
            fact.Property(f => f.Number).HasMaxLength(60);
            fact.Property(f => f.Outcome).HasMaxLength(20);
            fact.HasIndex(f => new { f.AgencyId, f.RegisteredAt });
            fact.HasIndex(f => new { f.AgencyId, f.DecidedAt, f.Outcome, f.DecidedOnTime });
        });
        modelBuilder.Entity<ObjectionFact>(fact =>
        {
            fact.ToTable("ObjectionFacts");
            fact.HasKey(f => f.ObjectionId);
            fact.Property(f => f.ObjectionId).ValueGeneratedNever();
            fact.Property(f => f.Outcome).HasMaxLength(20);
            fact.HasIndex(f => new { f.AgencyId, f.FiledAt });
            fact.HasIndex(f => new { f.AgencyId, f.DecidedAt, f.Outcome });
        });
        modelBuilder.Entity<AgencyMonth>(month =>
        {
            month.ToTable("AgencyMonths");
            month.HasKey(m => new { m.Month, m.AgencyId });
            month.Property(m => m.AnswerDays).HasMaxLength(2000);
        });
        modelBuilder.Entity<PendingFigure>(pending =>
        {
            pending.ToTable("PendingFigures");
            pending.HasKey(p => p.Id);
            pending.HasIndex(p => p.RefreshedAt);
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
        modelBuilder.Entity<ReportRecipient>(recipient =>
        {
            recipient.ToTable("Recipients");
            recipient.HasKey(r => r.UserId);
            recipient.Property(r => r.UserId).ValueGeneratedNever();
            recipient.Property(r => r.Email).HasMaxLength(256).IsRequired();
            recipient.Property(r => r.AgencyIds).HasMaxLength(4000);
            recipient.Ignore(r => r.Agencies);
        });
        modelBuilder.Entity<LeaderReportSent>(sent =>
        {
            sent.ToTable("LeaderReportsSent");
            sent.HasKey(s => new { s.UserId, s.Month });
        });
        modelBuilder.Entity<DipUpdate>(update =>
        {
            update.ToTable("DipUpdates");
            update.HasKey(u => new { u.EntryId, u.At });
            update.Property(u => u.ChecklistCode).HasMaxLength(40);
        });
        modelBuilder.Entity<DipWithdrawal>(withdrawal =>
        {
            withdrawal.ToTable("DipWithdrawals");
            withdrawal.HasKey(w => w.EntryId);
            withdrawal.Property(w => w.EntryId).ValueGeneratedNever();
        });
        modelBuilder.Entity<DipChecklist>(checklist =>
        {
            checklist.ToTable("DipChecklist");
            checklist.HasKey(c => c.Id);
            checklist.Property(c => c.Id).ValueGeneratedNever();
            checklist.Property(c => c.Codes).HasMaxLength(4000);
            checklist.Ignore(c => c.ActiveCodes);
        });
        modelBuilder.Entity<ReportHoliday>(holiday =>
        {
            holiday.ToTable("Holidays");
            holiday.HasKey(h => h.Date);
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
