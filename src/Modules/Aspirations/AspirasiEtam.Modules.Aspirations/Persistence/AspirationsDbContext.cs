using AspirasiEtam.Shared.Persistence;

namespace AspirasiEtam.Modules.Aspirations.Persistence;

internal abstract class AspirationsDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string SchemaName = "aspirations";

    public DbSet<DispatchAgency> DispatchAgencies => Set<DispatchAgency>();

    public DbSet<Submission> Submissions => Set<Submission>();

    public DbSet<Category> Categories => Set<Category>();

    public DbSet<Holiday> Holidays => Set<Holiday>();

    public DbSet<CalendarYear> CalendarYears => Set<CalendarYear>();

    public DbSet<SubmissionSupport> Supports => Set<SubmissionSupport>();

    public DbSet<AgencyStaffMember> StaffMembers => Set<AgencyStaffMember>();

    public DbSet<StaffNotice> StaffNotices => Set<StaffNotice>();

    public DbSet<ResponseTemplate> ResponseTemplates => Set<ResponseTemplate>();

    protected override string Schema => SchemaName;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<DispatchAgency>(agency =>
        {
            agency.ToTable("DispatchAgencies");
            agency.HasRowVersion();
            agency.HasKey(a => a.Id);
            agency.Property(a => a.Id).ValueGeneratedNever();
            agency.Property(a => a.Code).HasMaxLength(30).IsRequired();
            agency.Property(a => a.Name).HasMaxLength(200).IsRequired();
            agency.Property(a => a.ShortName).HasMaxLength(60).IsRequired();
            agency.PrimitiveCollection(a => a.Categories).HasField("categories").UsePropertyAccessMode(PropertyAccessMode.Field).IsRequired();
        });
        modelBuilder.Entity<Submission>(submission =>
        {
            submission.ToTable("Submissions");
            submission.HasRowVersion();
            submission.HasKey(s => s.Id);
            submission.Property(s => s.Id).ValueGeneratedNever();
            submission.Property(s => s.TrackingCode).HasMaxLength(20).IsRequired();
            submission.HasIndex(s => s.TrackingCode).IsUnique();
            // No index: a random key would cost every intake a write at a random place of one more B-tree (measured:
            // about a fifth of the submission rate on SQLite), while numbers are looked up only by PPID Utama marking a
            // duplicate, and the inbox search scans for titles anyway. 59 random bits keep numbers unique in practice.
            submission.Property(s => s.ReportNumber).HasMaxLength(20).IsRequired();
            // Only keyed submissions are indexed (the filter reads the same on both providers): intake without a key
            // pays nothing for it.
            submission.Property(s => s.IdempotencyKey).HasMaxLength(150);
            submission.HasIndex(s => s.IdempotencyKey).IsUnique().HasFilter("IdempotencyKey IS NOT NULL");
            submission.Property(s => s.PublicTitle).HasMaxLength(SubmissionLimits.Title);
            submission.Property(s => s.PublicDescription).HasMaxLength(SubmissionLimits.Description);
            submission.Property(s => s.Kind).HasConversion<string>().HasMaxLength(30);
            submission.Property(s => s.InformationRequestNumber).HasMaxLength(60);
            submission.ComplexProperty(s => s.Privacy, privacy =>
            {
                privacy.Property(p => p.Anonymous).HasColumnName("Anonymous");
                privacy.Property(p => p.Confidential).HasColumnName("Confidential");
                privacy.Property(p => p.ContactShared).HasColumnName("ContactShared");
            });
            submission.Property(s => s.Channel).HasConversion<string>().HasMaxLength(20);
            submission.Property(s => s.Status).HasConversion<string>().HasMaxLength(40);
            submission.Property(s => s.Feed).HasConversion<string>().HasMaxLength(10);
            submission.Property(s => s.Rejection).HasConversion<string>().HasMaxLength(30);
            submission.Property(s => s.Title).HasMaxLength(SubmissionLimits.Title).IsRequired();
            submission.Property(s => s.Description).HasMaxLength(SubmissionLimits.Description).IsRequired();
            submission.Property(s => s.CategoryCode).HasMaxLength(60).IsRequired();
            submission.Property(s => s.Regency).HasMaxLength(60);
            submission.Property(s => s.LocationText).HasMaxLength(SubmissionLimits.Location);
            submission.Property(s => s.RatingComment).HasMaxLength(SubmissionLimits.Comment);
            submission.Property(s => s.TargetReason).HasMaxLength(SubmissionLimits.Note);
            // The home page's "answered on time this month" reads a month of answers, not every report.
            submission.HasIndex(s => s.RespondedAt).HasFilter("RespondedAt IS NOT NULL");
            submission.Property(s => s.EmailConfirmationToken).HasMaxLength(64);
            // A complex type, not an owned entity: the reporter is a value of the report, stored in its row, and
            // the change tracker keeps no entry of its own for it (cheaper intake, docs/performance.md).
            submission.ComplexProperty(s => s.Reporter, reporter =>
            {
                reporter.Property(r => r.UserId).HasColumnName("ReporterUserId");
                reporter.Property(r => r.Name).HasColumnName("ReporterName").HasMaxLength(150);
                reporter.Property(r => r.Email).HasColumnName("ReporterEmail").HasMaxLength(254);
                reporter.Property(r => r.Phone).HasColumnName("ReporterPhone").HasMaxLength(30);
            });
            submission.OwnsMany(s => s.Timeline, entry =>
            {
                entry.ToTable("TimelineEntries");
                entry.WithOwner().HasForeignKey("SubmissionId");
                entry.HasKey(e => e.Id);
                entry.Property(e => e.Id).ValueGeneratedNever();
                entry.Property(e => e.Kind).HasConversion<string>().HasMaxLength(30);
                entry.Property(e => e.Text).HasMaxLength(SubmissionLimits.Description);
                entry.Property(e => e.Note).HasMaxLength(SubmissionLimits.Note);
                // The Idempotency-Key of the staff step that wrote the entry (Features/StepKeyStamp.cs).
                entry.Property<string?>(StepKeyStamp.Column).HasMaxLength(100);
                entry.HasIndex("SubmissionId", StepKeyStamp.Column).IsUnique().HasFilter("IdempotencyKey IS NOT NULL");

                // Every load of a report reads its timeline by report: the filtered index above cannot serve that, and
                // without this one SQLite built a temporary index over all entries for each load (issue 15's replay
                // of 20,000 reports took ~9 s a page).
                entry.HasIndex("SubmissionId", nameof(TimelineEntry.Sequence));
            });
            submission.Navigation(s => s.Timeline).HasField("timeline").UsePropertyAccessMode(PropertyAccessMode.Field);
            submission.OwnsMany(s => s.Attachments, attachment =>
            {
                attachment.ToTable("Attachments");
                attachment.WithOwner().HasForeignKey("SubmissionId");
                attachment.HasKey(a => a.Id);
                attachment.Property(a => a.Id).ValueGeneratedNever();
                attachment.Property(a => a.StorageKey).HasMaxLength(200).IsRequired();
                attachment.Property(a => a.FileName).HasMaxLength(60).IsRequired();
                attachment.Property(a => a.ContentType).HasMaxLength(60).IsRequired();
            });
            submission.Navigation(s => s.Attachments).HasField("attachments").UsePropertyAccessMode(PropertyAccessMode.Field);

            // Keyset paging, newest first: the public feed walks (SubmittedAt, Id) and filters as it goes (most rows
            // are public); the inboxes walk (Status, CreatedAt, Id), (AgencyId, Status, CreatedAt, Id) or (CreatedAt, Id).
            submission.HasIndex(s => new { s.Feed, s.SubmittedAt, s.Id });
            submission.HasIndex(s => new { s.Status, s.CreatedAt, s.Id });
            submission.HasIndex(s => new { s.AgencyId, s.Status, s.CreatedAt, s.Id });
            submission.HasIndex(s => new { s.CreatedAt, s.Id });
            submission.HasIndex(s => new { s.AssignedOfficerId, s.Status });
            submission.HasIndex(s => new { s.Status, s.DueAt });
        });
        modelBuilder.Entity<Category>(category =>
        {
            category.ToTable("Categories");
            category.HasRowVersion();
            category.HasKey(c => c.Code);
            category.Property(c => c.Code).HasMaxLength(60);
            category.Property(c => c.NameId).HasMaxLength(120).IsRequired();
            category.Property(c => c.NameEn).HasMaxLength(120).IsRequired();
        });
        modelBuilder.Entity<CalendarYear>(year =>
        {
            year.ToTable("CalendarYears");
            year.HasKey(y => y.Year);
            year.Property(y => y.Year).ValueGeneratedNever();
        });
        modelBuilder.Entity<Holiday>(holiday =>
        {
            holiday.ToTable("Holidays");
            holiday.HasKey(h => h.Date);
            holiday.Property(h => h.Kind).HasMaxLength(30).IsRequired();
            holiday.Property(h => h.NameId).HasMaxLength(150).IsRequired();
            holiday.Property(h => h.NameEn).HasMaxLength(150).IsRequired();
        });
        modelBuilder.Entity<AgencyStaffMember>(member =>
        {
            member.ToTable("StaffMembers");
            member.HasRowVersion();
            member.HasKey(m => m.UserId);
            member.Property(m => m.UserId).ValueGeneratedNever();
            member.Property(m => m.FullName).HasMaxLength(150).IsRequired();
            member.Property(m => m.Email).HasMaxLength(254).IsRequired();
            member.PrimitiveCollection(m => m.AgencyIds).HasField("agencyIds").UsePropertyAccessMode(PropertyAccessMode.Field).IsRequired();
            member.Property(m => m.NoticeDelivery).HasConversion<string>().HasMaxLength(20).HasDefaultValue(NoticeDelivery.Immediate);
        });
        modelBuilder.Entity<StaffNotice>(notice =>
        {
            notice.ToTable("StaffNotices");
            notice.HasKey(n => n.Id);
            notice.Property(n => n.Id).ValueGeneratedNever();
            notice.Property(n => n.ReportNumber).HasMaxLength(30).IsRequired();
            notice.Property(n => n.Title).HasMaxLength(SubmissionLimits.Title).IsRequired();
            notice.Property(n => n.Kind).HasConversion<string>().HasMaxLength(20);
            notice.HasIndex(n => new { n.UserId, n.ReadAt });
            notice.HasIndex(n => new { n.SubmissionId, n.Kind });
            notice.HasIndex(n => n.MailedAt);
        });
        modelBuilder.Entity<ResponseTemplate>(template =>
        {
            template.ToTable("ResponseTemplates");
            template.HasRowVersion();
            template.HasKey(t => t.Id);
            template.Property(t => t.Id).ValueGeneratedNever();
            template.Property(t => t.Title).HasMaxLength(150).IsRequired();
            template.Property(t => t.Body).HasMaxLength(SubmissionLimits.Description).IsRequired();
            template.HasIndex(t => t.AgencyId);
        });
        modelBuilder.Entity<SubmissionSupport>(support =>
        {
            support.ToTable("Supports");
            support.HasKey(s => new { s.SubmissionId, s.UserId });
        });
    }
}

internal sealed class SqliteAspirationsDbContext(DbContextOptions<SqliteAspirationsDbContext> options) : AspirationsDbContext(options);

internal sealed class SqlServerAspirationsDbContext(DbContextOptions<SqlServerAspirationsDbContext> options) : AspirationsDbContext(options);

internal sealed class SqliteAspirationsDesignTimeFactory : SqliteDesignTimeFactory<SqliteAspirationsDbContext>;

internal sealed class SqlServerAspirationsDesignTimeFactory() : SqlServerDesignTimeFactory<SqlServerAspirationsDbContext>(AspirationsDbContext.SchemaName);
