using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Shian.Modules.RiskGrading.Domain;

namespace Shian.Modules.RiskGrading.Data;

// Scores are stored as double: SQLite cannot order or compare decimals, and the point tables use halves, which
// binary floating point holds exactly.

internal sealed class OperatorGradeConfiguration : IEntityTypeConfiguration<OperatorGrade>
{
    public void Configure(EntityTypeBuilder<OperatorGrade> builder)
    {
        builder.ToTable("riskgrading_grade");
        builder.HasIndex(g => g.OperatorId).IsUnique();
        builder.Property(g => g.JurisdictionCode).HasMaxLength(12);
        // Distribution per district and "operators by grade in a scope" read this index.
        builder.HasIndex(g => new { g.JurisdictionCode, g.Grade });
        builder.Property(g => g.Grade).HasMaxLength(1);
        builder.Property(g => g.ScoreGrade).HasMaxLength(1);
        builder.Property(g => g.StaticScore).HasConversion<double>();
        builder.Property(g => g.DynamicScore).HasConversion<double>();
        builder.Property(g => g.TotalScore).HasConversion<double>();
        builder.Property(g => g.BreakdownJson).HasMaxLength(16000);
        builder.Property(g => g.Trigger).HasMaxLength(120);
        builder.Property(g => g.AdjustmentJson).HasMaxLength(2000);
        builder.Property(g => g.CreditCode).HasMaxLength(18);
        builder.Property(g => g.CategoryCodes).HasMaxLength(300);
        builder.Property(g => g.EntityType).HasMaxLength(30);
    }
}

internal sealed class GradeHistoryEntryConfiguration : IEntityTypeConfiguration<GradeHistoryEntry>
{
    public void Configure(EntityTypeBuilder<GradeHistoryEntry> builder)
    {
        builder.ToTable("riskgrading_grade_history");
        builder.HasIndex(h => new { h.OperatorId, h.At });
        builder.Property(h => h.JurisdictionCode).HasMaxLength(12);
        builder.Property(h => h.FromGrade).HasMaxLength(1);
        builder.Property(h => h.ToGrade).HasMaxLength(1);
        builder.Property(h => h.FromScore).HasConversion<double>();
        builder.Property(h => h.TotalScore).HasConversion<double>();
        builder.Property(h => h.StaticScore).HasConversion<double>();
        builder.Property(h => h.DynamicScore).HasConversion<double>();
        builder.Property(h => h.Trigger).HasMaxLength(120);
        builder.Property(h => h.Reason).HasMaxLength(500);
        builder.Property(h => h.BreakdownJson).HasMaxLength(16000);
        builder.Property(h => h.ActorName).HasMaxLength(100);
    }
}

internal sealed class RiskEventConfiguration : IEntityTypeConfiguration<RiskEvent>
{
    public void Configure(EntityTypeBuilder<RiskEvent> builder)
    {
        builder.ToTable("riskgrading_event");
        builder.Property(e => e.SourceKey).HasMaxLength(120);
        builder.HasIndex(e => e.SourceKey).IsUnique();
        builder.HasIndex(e => new { e.OperatorId, e.OccurredOn });
        builder.HasIndex(e => new { e.Kind, e.OccurredOn });
        builder.Property(e => e.JurisdictionCode).HasMaxLength(12);
        builder.Property(e => e.Kind).HasMaxLength(30);
        builder.Property(e => e.Result).HasMaxLength(30);
        builder.Property(e => e.InspectionKind).HasMaxLength(30);
        builder.Property(e => e.Detail).HasMaxLength(200);
        builder.Property(e => e.Description).HasMaxLength(500);
    }
}

internal sealed class AnnualRegradeRunConfiguration : IEntityTypeConfiguration<AnnualRegradeRun>
{
    public void Configure(EntityTypeBuilder<AnnualRegradeRun> builder)
    {
        builder.ToTable("riskgrading_annual_run");
        builder.HasKey(r => r.Year);
        builder.Property(r => r.Year).ValueGeneratedNever();
    }
}

internal sealed class InspectionPlanConfiguration : IEntityTypeConfiguration<InspectionPlan>
{
    public void Configure(EntityTypeBuilder<InspectionPlan> builder)
    {
        builder.ToTable("riskgrading_plan");
        builder.Property(p => p.JurisdictionCode).HasMaxLength(12);
        builder.HasIndex(p => new { p.JurisdictionCode, p.Year }).IsUnique();
        builder.Property(p => p.GeneratedBy).HasMaxLength(100);
        builder.Property(p => p.RulesJson).HasMaxLength(8000);
    }
}

internal sealed class PlanItemConfiguration : IEntityTypeConfiguration<PlanItem>
{
    public void Configure(EntityTypeBuilder<PlanItem> builder)
    {
        builder.ToTable("riskgrading_plan_item");
        builder.HasIndex(i => new { i.PlanId, i.JurisdictionCode });
        builder.HasIndex(i => new { i.PlanId, i.InspectorUserId });
        builder.Property(i => i.OperatorName).HasMaxLength(100);
        builder.Property(i => i.CreditCode).HasMaxLength(18);
        builder.Property(i => i.JurisdictionCode).HasMaxLength(12);
        builder.Property(i => i.Grade).HasMaxLength(1);
        builder.Property(i => i.TotalScore).HasConversion<double>();
        builder.Property(i => i.InspectorName).HasMaxLength(100);
    }
}
