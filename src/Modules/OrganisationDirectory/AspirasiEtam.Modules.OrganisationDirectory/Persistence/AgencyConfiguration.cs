using AspirasiEtam.Shared.Persistence;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AspirasiEtam.Modules.OrganisationDirectory.Persistence;

internal sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>
{
    public void Configure(EntityTypeBuilder<Agency> builder)
    {
        builder.ToTable("Agencies");
        builder.HasRowVersion();
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Code).HasMaxLength(AgencyLimits.Code).IsRequired();
        builder.HasIndex(a => a.Code).IsUnique();
        builder.Property(a => a.Name).HasMaxLength(AgencyLimits.Name).IsRequired();
        builder.Property(a => a.ShortName).HasMaxLength(AgencyLimits.ShortName).IsRequired();
        builder.HasIndex(a => a.Name);
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Address).HasMaxLength(AgencyLimits.Address);
        builder.Property(a => a.Phone).HasMaxLength(AgencyLimits.Phone);
        builder.Property(a => a.Email).HasMaxLength(AgencyLimits.Email);
        builder.Property(a => a.Website).HasMaxLength(AgencyLimits.Website);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.PrimitiveCollection(a => a.Categories).HasField("categories").UsePropertyAccessMode(PropertyAccessMode.Field).IsRequired();
    }
}
