using AspirasiEtam.Shared.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace AspirasiEtam.Modules.Identity.Persistence;

/// <summary>ASP.NET Core Identity's stores, staff scopes, known agencies, the security log and API refresh-token families, with the module's outbox and inbox.</summary>
internal abstract class IdentityModuleDbContext(DbContextOptions options)
    : IdentityDbContext<PortalUser, IdentityRole<Guid>, Guid>(options), IModuleDbContext
{
    public const string SchemaName = "identity";

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    public DbSet<StaffAgencyScope> StaffAgencyScopes => Set<StaffAgencyScope>();

    public DbSet<KnownAgency> KnownAgencies => Set<KnownAgency>();

    public DbSet<SecurityEvent> SecurityEvents => Set<SecurityEvent>();

    public DbSet<RefreshTokenFamily> RefreshTokenFamilies => Set<RefreshTokenFamily>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        ModuleModel.Configure(builder, Database, SchemaName);

        builder.Entity<PortalUser>(user =>
        {
            user.Property(u => u.FullName).HasMaxLength(150).IsRequired();
            user.Property(u => u.Nik).HasMaxLength(16);
            user.HasIndex(u => new { u.IsStaff, u.IsActive });
        });
        builder.Entity<StaffAgencyScope>(scope =>
        {
            scope.ToTable("StaffAgencyScopes");
            scope.HasKey(s => new { s.UserId, s.AgencyId });
            scope.HasIndex(s => s.AgencyId);
            scope.HasOne<PortalUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<KnownAgency>(agency =>
        {
            agency.ToTable("KnownAgencies");
            agency.HasRowVersion();
            agency.HasKey(a => a.Id);
            agency.Property(a => a.Id).ValueGeneratedNever();
            agency.Property(a => a.Code).HasMaxLength(30).IsRequired();
            agency.Property(a => a.Name).HasMaxLength(200).IsRequired();
        });
        builder.Entity<SecurityEvent>(log =>
        {
            log.ToTable("SecurityEvents");
            log.HasKey(e => e.Id);
            log.Property(e => e.Id).ValueGeneratedNever();
            log.Property(e => e.Kind).HasConversion<string>().HasMaxLength(40);
            log.Property(e => e.Email).HasMaxLength(256);
            log.Property(e => e.Detail).HasMaxLength(1000);
            log.Property(e => e.IpAddress).HasMaxLength(64);
            log.HasIndex(e => e.OccurredAt);
            log.HasIndex(e => new { e.Kind, e.OccurredAt });
            log.HasIndex(e => new { e.UserId, e.OccurredAt });
        });
        builder.Entity<RefreshTokenFamily>(family =>
        {
            family.ToTable("RefreshTokenFamilies");
            family.HasKey(f => f.Id);
            family.Property(f => f.Id).ValueGeneratedNever();

            // Two exchanges of one refresh token race on this: the one that saves second finds it changed, a reuse.
            family.Property(f => f.CurrentTokenId).IsConcurrencyToken();
            family.HasIndex(f => new { f.UserId, f.ExpiresAt });
            family.HasOne<PortalUser>().WithMany().HasForeignKey(f => f.UserId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}

internal sealed class SqliteIdentityModuleDbContext(DbContextOptions<SqliteIdentityModuleDbContext> options) : IdentityModuleDbContext(options);

internal sealed class SqlServerIdentityModuleDbContext(DbContextOptions<SqlServerIdentityModuleDbContext> options) : IdentityModuleDbContext(options);

internal sealed class SqliteIdentityModuleDesignTimeFactory : SqliteDesignTimeFactory<SqliteIdentityModuleDbContext>;

internal sealed class SqlServerIdentityModuleDesignTimeFactory() : SqlServerDesignTimeFactory<SqlServerIdentityModuleDbContext>(IdentityModuleDbContext.SchemaName);
