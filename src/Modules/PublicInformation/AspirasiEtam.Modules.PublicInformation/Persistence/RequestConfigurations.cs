using AspirasiEtam.Shared.Persistence;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AspirasiEtam.Modules.PublicInformation.Persistence;

internal sealed class InformationRequestConfiguration : IEntityTypeConfiguration<InformationRequest>
{
    public void Configure(EntityTypeBuilder<InformationRequest> builder)
    {
        builder.ToTable("Requests");
        builder.HasRowVersion();
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasIndex(r => new { r.NumberAgencyId, r.NumberYear, r.Sequence }).IsUnique();
        builder.HasIndex(r => r.Number).IsUnique();
        builder.HasIndex(r => new { r.AgencyId, r.Status, r.DueOn });
        builder.HasIndex(r => new { r.Status, r.DueOn });
        // A converted report becomes one request, however often its event arrives.
        builder.HasIndex(r => r.SourceSubmissionId).IsUnique().HasFilter("SourceSubmissionId IS NOT NULL");
        builder.Property(r => r.Number).HasMaxLength(60).IsRequired();
        builder.Property(r => r.AccessCodeHash).HasMaxLength(64).IsRequired();
        builder.Property(r => r.IdempotencyKey).HasMaxLength(150);
        builder.HasIndex(r => r.IdempotencyKey).IsUnique().HasFilter("IdempotencyKey IS NOT NULL");
        builder.Property(r => r.ReceiptCodeProtected).HasMaxLength(600);
        builder.Property(r => r.InformationWanted).HasMaxLength(RequestLimits.InformationWanted).IsRequired();
        builder.Property(r => r.Purpose).HasMaxLength(RequestLimits.Purpose).IsRequired();
        builder.Property(r => r.Obtain).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Delivery).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Channel).HasMaxLength(20);
        builder.Property(r => r.SourceReportNumber).HasMaxLength(40);
        builder.Property(r => r.ExtensionReason).HasMaxLength(RequestLimits.Reason);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.DecisionText).HasMaxLength(RequestLimits.DecisionText);
        builder.Property(r => r.Redactions).HasMaxLength(RequestLimits.Reason);
        builder.Property(r => r.ExemptionGround).HasMaxLength(10);
        builder.Property(r => r.ConsequenceTest).HasMaxLength(RequestLimits.DecisionText);
        builder.Property(r => r.HoldingBody).HasMaxLength(RequestLimits.Body);
        builder.Property(r => r.Fee).HasPrecision(14, 2);
        builder.Property(r => r.FeeNote).HasMaxLength(RequestLimits.Reason);
        builder.Property(r => r.DocumentLinkHash).HasMaxLength(64);
        builder.OwnsOne(r => r.Applicant, a =>
        {
            a.Property(p => p.Kind).HasColumnName("ApplicantKind").HasConversion<string>().HasMaxLength(20);
            a.Property(p => p.Name).HasColumnName("ApplicantName").HasMaxLength(RequestLimits.Name).IsRequired();
            a.Property(p => p.IdentityNumber).HasColumnName("ApplicantIdentityNumber").HasMaxLength(RequestLimits.IdentityNumber);
            a.Property(p => p.Address).HasColumnName("ApplicantAddress").HasMaxLength(RequestLimits.Address);
            a.Property(p => p.Occupation).HasColumnName("ApplicantOccupation").HasMaxLength(RequestLimits.Occupation);
            a.Property(p => p.Phone).HasColumnName("ApplicantPhone").HasMaxLength(RequestLimits.Phone);
            a.Property(p => p.Email).HasColumnName("ApplicantEmail").HasMaxLength(RequestLimits.Email);
            a.Property(p => p.UserId).HasColumnName("ApplicantUserId");
            a.HasIndex(p => p.UserId);
            a.Property(p => p.ScanKey).HasColumnName("ApplicantScanKey").HasMaxLength(200);
            a.Property(p => p.ScanContentType).HasColumnName("ApplicantScanContentType").HasMaxLength(100);
            a.Property(p => p.ScanDeletedAt).HasColumnName("ApplicantScanDeletedAt");
            a.Property(p => p.HiddenFromAgency).HasColumnName("ApplicantHiddenFromAgency");
        });
        builder.Navigation(r => r.Applicant).IsRequired();
        builder.OwnsMany(r => r.Steps, s =>
        {
            s.ToTable("RequestSteps");
            s.WithOwner().HasForeignKey("RequestId");
            s.HasKey("RequestId", nameof(RequestStep.Sequence));
            s.Property(x => x.Sequence).ValueGeneratedNever();
            s.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
            s.Property(x => x.Text).HasMaxLength(RequestLimits.Reason + 200);
        });
        builder.Navigation(r => r.Steps).HasField("steps").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.OwnsMany(r => r.Notices, n =>
        {
            n.ToTable("RequestNotices");
            n.WithOwner().HasForeignKey("RequestId");
            n.HasKey("RequestId", nameof(RequestNotice.Sequence));
            n.Property(x => x.Sequence).ValueGeneratedNever();
            n.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
            n.Property(x => x.Number).HasMaxLength(80);
            n.Property(x => x.SignedBy).HasMaxLength(RequestLimits.Name);
        });
        builder.Navigation(r => r.Notices).HasField("notices").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.OwnsMany(r => r.Documents, d =>
        {
            d.ToTable("RequestDocuments");
            d.WithOwner().HasForeignKey("RequestId");
            d.HasKey(x => x.Id);
            d.Property(x => x.Id).ValueGeneratedNever();
            d.Property(x => x.FileName).HasMaxLength(RequestLimits.FileName);
            d.Property(x => x.ContentType).HasMaxLength(100);
            d.Property(x => x.StorageKey).HasMaxLength(200);
        });
        builder.Navigation(r => r.Documents).HasField("documents").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ObjectionConfiguration : IEntityTypeConfiguration<Objection>
{
    public void Configure(EntityTypeBuilder<Objection> builder)
    {
        builder.ToTable("Objections");
        builder.HasRowVersion();
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.HasIndex(o => new { o.AgencyId, o.NumberYear, o.Sequence }).IsUnique();
        builder.HasIndex(o => o.RequestId);
        builder.HasIndex(o => new { o.Status, o.DueOn });
        builder.HasOne<InformationRequest>().WithMany().HasForeignKey(o => o.RequestId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(o => o.Number).HasMaxLength(60).IsRequired();
        builder.Property(o => o.Ground).HasMaxLength(10).IsRequired();
        builder.Property(o => o.Reasons).HasMaxLength(RequestLimits.Reason).IsRequired();
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.DecisionText).HasMaxLength(RequestLimits.DecisionText);
        builder.Property(o => o.DecidedBy).HasMaxLength(RequestLimits.Name);
    }
}

internal sealed class PpidHolidayConfiguration : IEntityTypeConfiguration<PpidHoliday>
{
    public void Configure(EntityTypeBuilder<PpidHoliday> builder)
    {
        builder.ToTable("Holidays");
        builder.HasKey(h => h.Date);
        builder.Property(h => h.Kind).HasMaxLength(30).IsRequired();
        builder.Property(h => h.NameId).HasMaxLength(150).IsRequired();
        builder.Property(h => h.NameEn).HasMaxLength(150).IsRequired();
    }
}
