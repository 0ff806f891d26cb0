using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Shian.Modules.RandomChecks.Domain;

namespace Shian.Modules.RandomChecks.Data;

internal sealed class CheckTaskConfiguration : IEntityTypeConfiguration<CheckTask>
{
    public void Configure(EntityTypeBuilder<CheckTask> builder)
    {
        builder.ToTable("randomchecks_task");
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.Property(t => t.JurisdictionCode).HasMaxLength(9);
        builder.Property(t => t.Category).HasMaxLength(30);
        builder.Property(t => t.Grades).HasMaxLength(7);
        builder.Ignore(t => t.GradeList);
        builder.Property(t => t.Proportion).HasPrecision(5, 2);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.CreatedBy).HasMaxLength(100);
        builder.HasIndex(t => new { t.JurisdictionCode, t.CreatedAt });
    }
}

internal sealed class DrawRoundConfiguration : IEntityTypeConfiguration<DrawRound>
{
    public void Configure(EntityTypeBuilder<DrawRound> builder)
    {
        builder.ToTable("randomchecks_round");
        builder.Property(r => r.Reason).HasMaxLength(500);
        builder.Property(r => r.JurisdictionCode).HasMaxLength(9);
        builder.Property(r => r.Commitment).HasMaxLength(64);
        builder.Property(r => r.PoolHash).HasMaxLength(64);
        builder.Property(r => r.SeedCipher).HasMaxLength(1000);
        builder.Property(r => r.CommittedBy).HasMaxLength(100);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.RevealedSeed).HasMaxLength(64);
        builder.Property(r => r.DrawnBy).HasMaxLength(100);
        builder.Property(r => r.FailureMessage).HasMaxLength(500);
        builder.HasIndex(r => new { r.TaskId, r.Number }).IsUnique();
    }
}

internal sealed class PoolSnapshotConfiguration : IEntityTypeConfiguration<PoolSnapshot>
{
    public void Configure(EntityTypeBuilder<PoolSnapshot> builder)
    {
        builder.ToTable("randomchecks_pool_snapshot");
        builder.HasKey(s => s.RoundId);
    }
}

internal sealed class AssignmentConfiguration : IEntityTypeConfiguration<Assignment>
{
    public void Configure(EntityTypeBuilder<Assignment> builder)
    {
        builder.ToTable("randomchecks_assignment");
        builder.Property(a => a.CreditCode).HasMaxLength(18);
        builder.Property(a => a.OperatorName).HasMaxLength(200);
        builder.Property(a => a.JurisdictionCode).HasMaxLength(9);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Result).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.ResultDocumentCode).HasMaxLength(64);
        builder.HasMany(a => a.Inspectors).WithOne().HasForeignKey(i => i.AssignmentId);
        builder.HasIndex(a => new { a.TaskId, a.RoundId, a.Position });
        builder.HasIndex(a => new { a.TaskId, a.OperatorId });
    }
}

internal sealed class AssignmentInspectorConfiguration : IEntityTypeConfiguration<AssignmentInspector>
{
    public void Configure(EntityTypeBuilder<AssignmentInspector> builder)
    {
        builder.ToTable("randomchecks_assignment_inspector");
        builder.Property(i => i.DisplayName).HasMaxLength(100);
        builder.HasIndex(i => i.UserId);
    }
}

internal sealed class InspectionRecordConfiguration : IEntityTypeConfiguration<InspectionRecord>
{
    public void Configure(EntityTypeBuilder<InspectionRecord> builder)
    {
        builder.ToTable("randomchecks_inspection_record");
        builder.Property(r => r.JurisdictionCode).HasMaxLength(9);
        builder.HasIndex(r => new { r.InspectionId, r.InspectorUserId }).IsUnique();
        builder.HasIndex(r => new { r.InspectedOn, r.InspectorUserId });
    }
}

internal sealed class ConflictDeclarationConfiguration : IEntityTypeConfiguration<ConflictDeclaration>
{
    public void Configure(EntityTypeBuilder<ConflictDeclaration> builder)
    {
        builder.ToTable("randomchecks_conflict");
        builder.Property(c => c.InspectorName).HasMaxLength(100);
        builder.Property(c => c.CreditCode).HasMaxLength(18);
        builder.Property(c => c.OperatorName).HasMaxLength(200);
        builder.Property(c => c.JurisdictionCode).HasMaxLength(9);
        builder.Property(c => c.Reason).HasMaxLength(500);
        builder.Property(c => c.DeclaredBy).HasMaxLength(100);
        builder.HasIndex(c => new { c.InspectorUserId, c.OperatorId });
    }
}
