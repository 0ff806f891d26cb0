using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Shian.Modules.Audit.Domain;

namespace Shian.Modules.Audit.Data;

internal sealed class PersonalDataAccessConfiguration : IEntityTypeConfiguration<PersonalDataAccess>
{
    public void Configure(EntityTypeBuilder<PersonalDataAccess> builder)
    {
        builder.ToTable("audit_personal_data_access");
        builder.Property(a => a.ActorName).HasMaxLength(100);
        builder.Property(a => a.EntityType).HasMaxLength(100);
        builder.Property(a => a.EntityId).HasMaxLength(100);
        builder.Property(a => a.Fields).HasMaxLength(200);
        builder.Property(a => a.Purpose).HasMaxLength(200);
        builder.HasIndex(a => new { a.EntityType, a.EntityId });
    }
}
