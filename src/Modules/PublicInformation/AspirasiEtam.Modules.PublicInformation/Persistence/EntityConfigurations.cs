using AspirasiEtam.Shared.Persistence;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AspirasiEtam.Modules.PublicInformation.Persistence;

internal sealed class InformationEntryConfiguration : IEntityTypeConfiguration<InformationEntry>
{
    public void Configure(EntityTypeBuilder<InformationEntry> builder)
    {
        builder.ToTable("Entries");
        builder.HasRowVersion();
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasIndex(e => new { e.AgencyId, e.NumberYear, e.Sequence }).IsUnique();
        builder.HasIndex(e => new { e.AgencyId, e.Status, e.UpdatedAt });
        builder.HasIndex(e => new { e.Status, e.UpdatedAt });
        builder.Property(e => e.Number).HasMaxLength(60).IsRequired();
        builder.Property(e => e.Title).HasMaxLength(EntryLimits.Title).IsRequired();
        builder.Property(e => e.Summary).HasMaxLength(EntryLimits.Summary).IsRequired();
        builder.Property(e => e.Category).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Form).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.HoldingUnit).HasMaxLength(EntryLimits.Unit).IsRequired();
        builder.Property(e => e.PersonResponsible).HasMaxLength(EntryLimits.Person).IsRequired();
        builder.Property(e => e.MadeWhen).HasMaxLength(EntryLimits.MadeWhen);
        builder.Property(e => e.MadeWhere).HasMaxLength(EntryLimits.MadeWhere);
        builder.Property(e => e.RetentionPeriod).HasMaxLength(EntryLimits.Retention).IsRequired();
        builder.Property(e => e.WithdrawalReason).HasMaxLength(EntryLimits.Reason);
        builder.Property(e => e.ChecklistCode).HasMaxLength(40);
        builder.HasIndex(e => new { e.ChecklistCode, e.AgencyId });
        builder.PrimitiveCollection(e => e.Tags).HasField("tags").UsePropertyAccessMode(PropertyAccessMode.Field).IsRequired();
        builder.PrimitiveCollection(e => e.Links).HasField("links").UsePropertyAccessMode(PropertyAccessMode.Field).IsRequired();
        builder.OwnsOne(e => e.Exemption, x =>
        {
            x.Property(p => p.Ground).HasColumnName("ExemptionGround").HasMaxLength(10);
            x.Property(p => p.Harm).HasColumnName("ExemptionHarm").HasMaxLength(EntryLimits.ExemptionText);
            x.Property(p => p.PublicInterest).HasColumnName("ExemptionPublicInterest").HasMaxLength(EntryLimits.ExemptionText);
            x.Property(p => p.Until).HasColumnName("ExemptUntil");
            x.Property(p => p.DecidedBy).HasColumnName("ExemptionDecidedBy").HasMaxLength(EntryLimits.Person);
            x.Property(p => p.DecidedOn).HasColumnName("ExemptionDecidedOn");
        });
        builder.Navigation(e => e.Exemption).IsRequired(false);
        builder.OwnsMany(e => e.History, h =>
        {
            h.ToTable("EntryHistory");
            h.WithOwner().HasForeignKey("EntryId");
            h.HasKey("EntryId", nameof(EntryChange.Sequence));
            h.Property(c => c.Sequence).ValueGeneratedNever();
            h.Property(c => c.Kind).HasConversion<string>().HasMaxLength(30);
            h.Property(c => c.Note).HasMaxLength(EntryLimits.Reason);
        });
        builder.Navigation(e => e.History).HasField("history").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.OwnsMany(e => e.Documents, d =>
        {
            d.ToTable("EntryDocuments");
            d.WithOwner().HasForeignKey("EntryId");
            d.HasKey(x => x.Id);
            d.Property(x => x.Id).ValueGeneratedNever();
            d.Property(x => x.FileName).HasMaxLength(EntryLimits.FileName);
            d.Property(x => x.ContentType).HasMaxLength(100);
            d.Property(x => x.StorageKey).HasMaxLength(200);
        });
        builder.Navigation(e => e.Documents).HasField("documents").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class PublicEntryConfiguration : IEntityTypeConfiguration<PublicEntry>
{
    public void Configure(EntityTypeBuilder<PublicEntry> builder)
    {
        builder.ToTable("PublicEntries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedOnAdd();
        builder.HasIndex(e => e.EntryId).IsUnique();

        // Browsing newest first: the province's, one agency's (pages and feeds filter by code), one agency's year, one
        // category's or one year's (bench/run-register.sh: without the last three, SQLite 3.46 skip-scanned another
        // index and sorted, 180 ms for "berkala"; an agency's oldest year read its whole list).
        builder.HasIndex(e => new { e.PublishedAt, e.Id });
        builder.HasIndex(e => new { e.AgencyCode, e.PublishedAt, e.Id });
        builder.HasIndex(e => new { e.AgencyCode, e.Year, e.PublishedAt, e.Id });
        builder.HasIndex(e => new { e.Category, e.PublishedAt, e.Id });
        builder.HasIndex(e => new { e.Year, e.PublishedAt, e.Id });

        // Facets: the in-memory map of every entry's agency, category and year loads from a narrow covering index, so
        // it never reads the wide rows with their document text.
        builder.HasIndex(e => new { e.Id, e.AgencyCode, e.Category, e.Year });
        builder.Property(e => e.AgencyCode).HasMaxLength(40);
        builder.Property(e => e.AgencyName).HasMaxLength(300);
        builder.Property(e => e.Number).HasMaxLength(60);
        builder.Property(e => e.Category).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Title).HasMaxLength(EntryLimits.Title);
        builder.Property(e => e.Summary).HasMaxLength(EntryLimits.Summary);
        builder.Property(e => e.Tags).HasMaxLength(EntryLimits.Tags * (EntryLimits.Tag + 1));
    }
}

internal sealed class PpidAgencyConfiguration : IEntityTypeConfiguration<PpidAgency>
{
    public void Configure(EntityTypeBuilder<PpidAgency> builder)
    {
        builder.ToTable("Agencies");
        builder.HasRowVersion();
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Code).HasMaxLength(40);
        builder.HasIndex(a => a.Code);
        builder.Property(a => a.Name).HasMaxLength(300);
        builder.Property(a => a.ShortName).HasMaxLength(100);
    }
}

internal sealed class FreshnessConfiguration :
    IEntityTypeConfiguration<ChecklistItem>, IEntityTypeConfiguration<RegisterOfficer>, IEntityTypeConfiguration<FreshnessNotice>
{
    public void Configure(EntityTypeBuilder<ChecklistItem> builder)
    {
        builder.ToTable("ChecklistItems");
        builder.HasKey(i => i.Code);
        builder.Property(i => i.Code).HasMaxLength(40);
        builder.Property(i => i.TitleId).HasMaxLength(300);
        builder.Property(i => i.TitleEn).HasMaxLength(300);
    }

    public void Configure(EntityTypeBuilder<RegisterOfficer> builder)
    {
        builder.ToTable("Officers");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.Property(o => o.Email).HasMaxLength(256);
        builder.PrimitiveCollection(o => o.AgencyIds).HasField("agencyIds").UsePropertyAccessMode(PropertyAccessMode.Field).IsRequired();
    }

    public void Configure(EntityTypeBuilder<FreshnessNotice> builder)
    {
        builder.ToTable("FreshnessNotices");
        builder.HasKey(n => new { n.EntryId, n.Kind, n.ForUpdatedAt });
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(20);
    }
}

internal sealed class PpidPageConfiguration : IEntityTypeConfiguration<PpidPage>
{
    public void Configure(EntityTypeBuilder<PpidPage> builder)
    {
        builder.ToTable("Pages");
        builder.HasKey(p => new { p.AgencyId, p.Slug });
        builder.Property(p => p.Slug).HasMaxLength(20);
        builder.Property(p => p.DraftMarkdown).HasMaxLength(50_000);
    }
}
