using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Shian.Modules.Audit.Domain;

namespace Shian.Modules.Audit.Data;

internal sealed class LedgerCheckpointConfiguration : IEntityTypeConfiguration<LedgerCheckpoint>
{
    public void Configure(EntityTypeBuilder<LedgerCheckpoint> builder)
    {
        builder.ToTable("audit_checkpoint");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(10);
        builder.Property(c => c.HeadHash).HasMaxLength(64);
        builder.Property(c => c.MerkleRoot).HasMaxLength(64);
        builder.Property(c => c.KeyId).HasMaxLength(100);
        builder.Property(c => c.Signature).HasMaxLength(64);
        builder.HasIndex(c => c.ToSequence);

        // One daily checkpoint per day: two nodes sealing the same day cannot both succeed.
        builder.HasIndex(c => new { c.Kind, c.Day }).IsUnique().HasFilter("\"Kind\" = 'Daily'");
    }
}
