using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Shian.Modules.Audit.Domain;

namespace Shian.Modules.Audit.Data;

internal sealed class RowFindingConfiguration : IEntityTypeConfiguration<RowFinding>
{
    public void Configure(EntityTypeBuilder<RowFinding> builder)
    {
        builder.ToTable("audit_row_finding");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.EntityType).HasMaxLength(100);
        builder.Property(f => f.EntityId).HasMaxLength(100);
        builder.Property(f => f.Kind).HasMaxLength(30);
        builder.Property(f => f.Fields).HasMaxLength(500);
    }
}
