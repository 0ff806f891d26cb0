using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Shian.Modules.Operators.Domain;

namespace Shian.Modules.Operators.Data;

internal sealed class InboxMessageConfiguration : IEntityTypeConfiguration<InboxMessage>
{
    public void Configure(EntityTypeBuilder<InboxMessage> builder)
    {
        builder.ToTable("operators_inbox_message");
        builder.Property(m => m.JurisdictionCode).HasMaxLength(9);
        builder.Property(m => m.Module).HasMaxLength(50);
        builder.Property(m => m.Kind).HasMaxLength(100);
        builder.Property(m => m.Title).HasMaxLength(200);
        builder.Property(m => m.Body).HasMaxLength(2000);
        builder.Property(m => m.Link).HasMaxLength(300);
        builder.HasIndex(m => new { m.OperatorId, m.PostedAt });
    }
}
