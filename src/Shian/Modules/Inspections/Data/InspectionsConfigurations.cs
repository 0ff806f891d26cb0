using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Shian.Modules.Inspections.Domain;

namespace Shian.Modules.Inspections.Data;

internal sealed class ChecklistConfiguration : IEntityTypeConfiguration<Checklist>
{
    public void Configure(EntityTypeBuilder<Checklist> builder)
    {
        builder.ToTable("inspections_checklist");
        builder.Property(c => c.Sector).HasMaxLength(20);
        builder.Property(c => c.Title).HasMaxLength(200);
        builder.Property(c => c.Source).HasMaxLength(300);
        builder.Property(c => c.CreatedBy).HasMaxLength(100);
        builder.HasIndex(c => new { c.Sector, c.Version }).IsUnique();
        builder.HasMany(c => c.Items).WithOne().HasForeignKey(i => i.ChecklistId);
    }
}

internal sealed class ChecklistItemConfiguration : IEntityTypeConfiguration<ChecklistItem>
{
    public void Configure(EntityTypeBuilder<ChecklistItem> builder)
    {
        builder.ToTable("inspections_checklist_item");
        builder.Property(i => i.Number).HasMaxLength(20);
        builder.Property(i => i.Area).HasMaxLength(50);
        builder.Property(i => i.Text).HasMaxLength(500);
        builder.Property(i => i.Citation).HasMaxLength(300);
    }
}

internal sealed class InspectionConfiguration : IEntityTypeConfiguration<Inspection>
{
    public void Configure(EntityTypeBuilder<Inspection> builder)
    {
        builder.ToTable("inspections_inspection");
        builder.Property(i => i.Number).HasMaxLength(30);
        builder.HasIndex(i => i.Number).IsUnique();
        builder.Property(i => i.Kind).HasMaxLength(20);
        builder.Property(i => i.Sector).HasMaxLength(20);
        builder.Property(i => i.OperatorName).HasMaxLength(100);
        builder.Property(i => i.OperatorCreditCode).HasMaxLength(18);
        builder.Property(i => i.PremisesAddress).HasMaxLength(200);
        builder.Property(i => i.JurisdictionCode).HasMaxLength(9);
        builder.Property(i => i.InspectorIds).HasMaxLength(400);
        builder.Property(i => i.InspectorNames).HasMaxLength(400);
        builder.Property(i => i.SourceReference).HasMaxLength(100);
        builder.Property(i => i.AmendmentReason).HasMaxLength(500);
        builder.Property(i => i.CreatedBy).HasMaxLength(100);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(10);
        builder.Property(i => i.Result).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Score).HasPrecision(5, 1);
        builder.Property(i => i.Measures).HasMaxLength(2000);
        builder.Property(i => i.AcknowledgedBy).HasMaxLength(50);
        builder.Property(i => i.RefusalReason).HasMaxLength(500);
        builder.Property(i => i.SignedBy).HasMaxLength(100);
        builder.Property(i => i.RecordDocumentCode).HasMaxLength(32);
        builder.Property(i => i.ResultDocumentCode).HasMaxLength(32);
        builder.Ignore(i => i.Inspectors);
        builder.Ignore(i => i.IsSigned);
        builder.HasIndex(i => i.OperatorId);
        builder.HasIndex(i => i.JurisdictionCode);
        builder.HasIndex(i => i.AmendsInspectionId);
    }
}

internal sealed class InspectionItemConfiguration : IEntityTypeConfiguration<InspectionItem>
{
    public void Configure(EntityTypeBuilder<InspectionItem> builder)
    {
        builder.ToTable("inspections_item");
        builder.Property(i => i.JurisdictionCode).HasMaxLength(9);
        builder.Property(i => i.Number).HasMaxLength(20);
        builder.Property(i => i.Area).HasMaxLength(50);
        builder.Property(i => i.Text).HasMaxLength(500);
        builder.Property(i => i.Citation).HasMaxLength(300);
        builder.Property(i => i.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Note).HasMaxLength(1000);
        builder.Ignore(i => i.Finding);
        builder.HasIndex(i => i.InspectionId);
    }
}

internal sealed class InspectionPhotoConfiguration : IEntityTypeConfiguration<InspectionPhoto>
{
    public void Configure(EntityTypeBuilder<InspectionPhoto> builder)
    {
        builder.ToTable("inspections_photo");
        builder.Property(p => p.JurisdictionCode).HasMaxLength(9);
        builder.Property(p => p.Sha256).HasMaxLength(64);
        builder.Property(p => p.ContentType).HasMaxLength(50);
        builder.Property(p => p.UploadedBy).HasMaxLength(100);
        builder.HasIndex(p => new { p.InspectionId, p.ItemId });
        builder.HasIndex(p => p.Sha256);
    }
}

internal sealed class ReInspectionTaskConfiguration : IEntityTypeConfiguration<ReInspectionTask>
{
    public void Configure(EntityTypeBuilder<ReInspectionTask> builder)
    {
        builder.ToTable("inspections_reinspection_task");
        builder.Property(t => t.InspectionNumber).HasMaxLength(30);
        builder.Property(t => t.OperatorName).HasMaxLength(100);
        builder.Property(t => t.JurisdictionCode).HasMaxLength(9);
        builder.Property(t => t.Measures).HasMaxLength(2000);
        builder.Property(t => t.Status).HasMaxLength(10);
        builder.HasIndex(t => new { t.Status, t.DueOn });
        builder.HasIndex(t => t.InspectionId);
    }
}

internal sealed class PenaltyReferralConfiguration : IEntityTypeConfiguration<PenaltyReferral>
{
    public void Configure(EntityTypeBuilder<PenaltyReferral> builder)
    {
        builder.ToTable("inspections_penalty_referral");
        builder.Property(r => r.InspectionNumber).HasMaxLength(30);
        builder.Property(r => r.OperatorName).HasMaxLength(100);
        builder.Property(r => r.JurisdictionCode).HasMaxLength(9);
        builder.Property(r => r.Reason).HasMaxLength(2000);
        builder.Property(r => r.Status).HasMaxLength(40);
        builder.HasIndex(r => r.InspectionId);
        builder.HasIndex(r => r.Status);
    }
}
