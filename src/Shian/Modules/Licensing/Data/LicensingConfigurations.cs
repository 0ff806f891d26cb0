using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Shian.Modules.Licensing.Domain;

namespace Shian.Modules.Licensing.Data;

internal sealed class LicenceApplicationConfiguration : IEntityTypeConfiguration<LicenceApplication>
{
    public void Configure(EntityTypeBuilder<LicenceApplication> builder)
    {
        builder.ToTable("licensing_application");
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        // A decision updates only the status it read: two reviewers approving at once cannot both issue a licence.
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20).IsConcurrencyToken();
        builder.Property(a => a.OperatorName).HasMaxLength(100);
        builder.Property(a => a.PremisesAddress).HasMaxLength(200);
        builder.Property(a => a.JurisdictionCode).HasMaxLength(9);
        builder.Property(a => a.BusinessItems).HasMaxLength(500);
        builder.Property(a => a.LegalRepresentativeIdMasked).HasMaxLength(30);
        builder.Property(a => a.KeyStaffIdsMasked).HasMaxLength(500);
        builder.Property(a => a.MaterialsJson).HasMaxLength(2000);
        builder.Property(a => a.RulesJson).HasMaxLength(8000);
        builder.Property(a => a.IdempotencyKey).HasMaxLength(100);
        builder.Property(a => a.RequestHash).HasMaxLength(64);
        builder.Property(a => a.ReviewerName).HasMaxLength(100);
        builder.Property(a => a.ReviewReason).HasMaxLength(1000);
        builder.Ignore(a => a.Items);

        // A replayed submission finds the first one; a racing duplicate fails on this index.
        builder.HasIndex(a => new { a.SubmittedBy, a.IdempotencyKey }).IsUnique();
        builder.HasIndex(a => a.OperatorId);
        builder.HasIndex(a => a.JurisdictionCode);
    }
}

internal sealed class LicenceConfiguration : IEntityTypeConfiguration<Licence>
{
    public void Configure(EntityTypeBuilder<Licence> builder)
    {
        builder.ToTable("licensing_licence");
        builder.Property(l => l.Number).HasMaxLength(16);
        builder.HasIndex(l => l.Number).IsUnique();
        builder.Property(l => l.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.OperatorName).HasMaxLength(100);
        builder.Property(l => l.PremisesAddress).HasMaxLength(200);
        builder.Property(l => l.JurisdictionCode).HasMaxLength(9);
        builder.Property(l => l.BusinessItems).HasMaxLength(500);
        builder.Property(l => l.FlagReason).HasMaxLength(1000);
        builder.HasIndex(l => l.OperatorId);
        builder.HasIndex(l => new { l.PremisesAddress, l.BusinessType });
    }
}

internal sealed class LicenceNumberCounterConfiguration : IEntityTypeConfiguration<LicenceNumberCounter>
{
    public void Configure(EntityTypeBuilder<LicenceNumberCounter> builder)
    {
        builder.ToTable("licensing_number_counter");
        builder.HasKey(c => c.Prefix);
        builder.Property(c => c.Prefix).HasMaxLength(16);
    }
}

internal sealed class PostApprovalCheckConfiguration : IEntityTypeConfiguration<PostApprovalCheck>
{
    public void Configure(EntityTypeBuilder<PostApprovalCheck> builder)
    {
        builder.ToTable("licensing_post_approval_check");
        builder.Property(c => c.LicenceNumber).HasMaxLength(16);
        builder.Property(c => c.OperatorName).HasMaxLength(100);
        builder.Property(c => c.PremisesAddress).HasMaxLength(200);
        builder.Property(c => c.JurisdictionCode).HasMaxLength(9);
        builder.Property(c => c.Status).HasMaxLength(20);
        builder.Property(c => c.Notes).HasMaxLength(1000);
        builder.Property(c => c.RecordedBy).HasMaxLength(100);
        builder.HasIndex(c => new { c.JurisdictionCode, c.DueOn });
    }
}
