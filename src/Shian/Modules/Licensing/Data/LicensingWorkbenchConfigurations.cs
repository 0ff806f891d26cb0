using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Shian.Modules.Licensing.Domain;

namespace Shian.Modules.Licensing.Data;

internal sealed class LicenceMaterialConfiguration : IEntityTypeConfiguration<LicenceMaterial>
{
    public void Configure(EntityTypeBuilder<LicenceMaterial> builder)
    {
        builder.ToTable("licensing_material");
        builder.Property(m => m.MaterialKey).HasMaxLength(50);
        builder.Property(m => m.FileName).HasMaxLength(200);
        builder.Property(m => m.Sha256).HasMaxLength(64);
        builder.Property(m => m.ContentType).HasMaxLength(100);
        builder.Property(m => m.JurisdictionCode).HasMaxLength(9);
        builder.HasIndex(m => m.ApplicationId);
        builder.HasIndex(m => m.OperatorId);
    }
}

internal sealed class SiteVerificationConfiguration : IEntityTypeConfiguration<SiteVerification>
{
    public void Configure(EntityTypeBuilder<SiteVerification> builder)
    {
        builder.ToTable("licensing_site_verification");
        builder.Property(v => v.OperatorName).HasMaxLength(100);
        builder.Property(v => v.PremisesAddress).HasMaxLength(200);
        builder.Property(v => v.JurisdictionCode).HasMaxLength(9);
        builder.Property(v => v.Instructions).HasMaxLength(500);
        builder.Property(v => v.RequestedBy).HasMaxLength(100);
        builder.Property(v => v.Status).HasMaxLength(20);
        builder.Property(v => v.Notes).HasMaxLength(1000);
        builder.Property(v => v.RecordedBy).HasMaxLength(100);
        builder.HasIndex(v => v.ApplicationId);
        builder.HasIndex(v => new { v.JurisdictionCode, v.Status });
    }
}
