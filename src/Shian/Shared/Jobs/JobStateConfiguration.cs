using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Shian.Shared.Jobs;

internal sealed class JobStateConfiguration : IEntityTypeConfiguration<JobState>
{
    public void Configure(EntityTypeBuilder<JobState> builder)
    {
        builder.ToTable("platform_job_state");
        builder.HasKey(j => j.Name);
        builder.Property(j => j.Name).HasMaxLength(100);
        builder.Property(j => j.LeaseHolder).HasMaxLength(100);
        builder.Property(j => j.LastSummary).HasMaxLength(1000);
        builder.Property(j => j.Progress).HasMaxLength(500);
    }
}
