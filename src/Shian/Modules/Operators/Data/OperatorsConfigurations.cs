using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Shian.Modules.Operators.Domain;

namespace Shian.Modules.Operators.Data;

internal sealed class OperatorConfiguration : IEntityTypeConfiguration<Operator>
{
    public void Configure(EntityTypeBuilder<Operator> builder)
    {
        builder.ToTable("operators_operator");
        builder.Property(o => o.CreditCode).HasMaxLength(18);
        builder.HasIndex(o => o.CreditCode).IsUnique();
        builder.Property(o => o.CreditCodeOverrideReason).HasMaxLength(500);
        builder.Property(o => o.Name).HasMaxLength(100);
        // SearchText rides along with Name so that a search (LIKE '%…%', ordered by name) reads this index instead
        // of the 1 KB rows: the count scans it, and the page query seeks a row only once it matches.
        builder.HasIndex(o => new { o.Name, o.SearchText });
        builder.Property(o => o.EntityType).HasConversion<string>().HasMaxLength(30);
        builder.Property(o => o.LegalRepresentative).HasMaxLength(50);
        builder.Property(o => o.LegalRepresentativeIdCipher).HasMaxLength(500);
        builder.Property(o => o.LegalRepresentativeIdMasked).HasMaxLength(30);
        builder.Property(o => o.PhoneCipher).HasMaxLength(500);
        builder.Property(o => o.PhoneMasked).HasMaxLength(30);
        builder.Property(o => o.ContactPerson).HasMaxLength(50);
        builder.Property(o => o.ContactEmail).HasMaxLength(100);
        builder.Property(o => o.RegisteredAddress).HasMaxLength(200);
        builder.Property(o => o.JurisdictionCode).HasMaxLength(12);
        builder.HasIndex(o => o.JurisdictionCode);
        builder.Property(o => o.CategoryCodes).HasMaxLength(300);
        builder.Ignore(o => o.Categories);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.SearchText).HasMaxLength(400);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.HasMany(o => o.Premises).WithOne().HasForeignKey(p => p.OperatorId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(o => o.Premises).HasField("_premises");
    }
}

internal sealed class PremisesConfiguration : IEntityTypeConfiguration<Premises>
{
    public void Configure(EntityTypeBuilder<Premises> builder)
    {
        builder.ToTable("operators_premises");
        builder.Property(p => p.Name).HasMaxLength(100);
        builder.Property(p => p.Address).HasMaxLength(200);
        builder.Property(p => p.JurisdictionCode).HasMaxLength(12);
        builder.HasIndex(p => p.JurisdictionCode);
        builder.Property(p => p.CategoryCodes).HasMaxLength(300);
        builder.Ignore(p => p.Categories);
    }
}

internal sealed class TimelineEntryConfiguration : IEntityTypeConfiguration<TimelineEntry>
{
    public void Configure(EntityTypeBuilder<TimelineEntry> builder)
    {
        builder.ToTable("operators_timeline_entry");
        builder.Property(t => t.JurisdictionCode).HasMaxLength(12);
        builder.Property(t => t.Module).HasMaxLength(40);
        builder.Property(t => t.Kind).HasMaxLength(80);
        builder.Property(t => t.Title).HasMaxLength(200);
        builder.Property(t => t.Detail).HasMaxLength(2000);
        builder.Property(t => t.ActorName).HasMaxLength(100);
        builder.Property(t => t.Link).HasMaxLength(300);
        builder.HasIndex(t => new { t.OperatorId, t.OccurredAt });
    }
}
