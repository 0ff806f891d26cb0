using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Shian.Modules.Credit.Domain;

namespace Shian.Modules.Credit.Data;

internal sealed class IndustryBanConfiguration : IEntityTypeConfiguration<IndustryBan>
{
    public void Configure(EntityTypeBuilder<IndustryBan> builder)
    {
        builder.ToTable("credit_industry_ban");
        builder.Property(b => b.PersonName).HasMaxLength(50);
        builder.Property(b => b.IdNumberIndex).HasMaxLength(64);
        builder.HasIndex(b => b.IdNumberIndex);
        builder.Property(b => b.IdNumberCipher).HasMaxLength(500);
        builder.Property(b => b.IdNumberMasked).HasMaxLength(30);
        builder.Property(b => b.Reason).HasMaxLength(500);
        builder.Property(b => b.Decision).HasMaxLength(200);
        builder.Property(b => b.LiftReason).HasMaxLength(500);
    }
}

internal sealed class SeriousViolationListingConfiguration : IEntityTypeConfiguration<SeriousViolationListing>
{
    public void Configure(EntityTypeBuilder<SeriousViolationListing> builder)
    {
        builder.ToTable("credit_serious_violation");
        builder.Property(l => l.CreditCode).HasMaxLength(18);
        builder.HasIndex(l => l.CreditCode);
        builder.Property(l => l.EntityName).HasMaxLength(100);
        builder.Property(l => l.Reason).HasMaxLength(500);
        builder.Property(l => l.Decision).HasMaxLength(200);
        builder.Property(l => l.RemovalReason).HasMaxLength(500);
    }
}
