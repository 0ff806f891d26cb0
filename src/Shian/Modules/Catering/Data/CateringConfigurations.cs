using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Shian.Modules.Catering.Domain;

namespace Shian.Modules.Catering.Data;

internal sealed class CateringEstablishmentConfiguration : IEntityTypeConfiguration<CateringEstablishment>
{
    public void Configure(EntityTypeBuilder<CateringEstablishment> builder)
    {
        builder.ToTable("catering_establishment");
        builder.HasIndex(e => e.OperatorId).IsUnique();
        builder.Property(e => e.Name).HasMaxLength(200);
        builder.Property(e => e.Address).HasMaxLength(300);
        builder.Property(e => e.JurisdictionCode).HasMaxLength(9);
        builder.HasIndex(e => e.JurisdictionCode);
        builder.Property(e => e.DynamicGrade).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.AnnualGrade).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.DynamicScore).HasPrecision(5, 2);
        builder.Property(e => e.LastResult).HasMaxLength(20);
        builder.Property(e => e.GradeNote).HasMaxLength(300);
    }
}

internal sealed class CateringInspectionConfiguration : IEntityTypeConfiguration<CateringInspection>
{
    public void Configure(EntityTypeBuilder<CateringInspection> builder)
    {
        builder.ToTable("catering_inspection");
        builder.HasIndex(i => i.InspectionId).IsUnique();
        builder.HasIndex(i => new { i.OperatorId, i.InspectedOn });
        builder.Property(i => i.JurisdictionCode).HasMaxLength(9);
        builder.Property(i => i.Kind).HasMaxLength(30);
        builder.Property(i => i.Score).HasPrecision(5, 2);
        builder.Property(i => i.Result).HasMaxLength(20);
        builder.Property(i => i.ResultDocumentCode).HasMaxLength(40);
        builder.Property(i => i.DynamicGrade).HasConversion<string>().HasMaxLength(20);
    }
}

internal sealed class CateringGradeConfiguration : IEntityTypeConfiguration<CateringGrade>
{
    public void Configure(EntityTypeBuilder<CateringGrade> builder)
    {
        builder.ToTable("catering_grade");
        builder.HasIndex(g => new { g.OperatorId, g.GradedAt });
        builder.Property(g => g.JurisdictionCode).HasMaxLength(9);
        builder.Property(g => g.DynamicGrade).HasConversion<string>().HasMaxLength(20);
        builder.Property(g => g.AnnualGrade).HasConversion<string>().HasMaxLength(20);
        builder.Property(g => g.DynamicScore).HasPrecision(5, 2);
        builder.Property(g => g.AnnualMean).HasPrecision(5, 2);
        builder.Property(g => g.AnnualInspectionIds).HasMaxLength(4000);
        builder.Property(g => g.Note).HasMaxLength(300);
        builder.Property(g => g.Citation).HasMaxLength(500);
        builder.Property(g => g.Trigger).HasMaxLength(80).HasDefaultValue("inspection");
        builder.Ignore(g => g.AnnualInspections);
    }
}

internal sealed class CateringSuspensionConfiguration : IEntityTypeConfiguration<CateringSuspension>
{
    public void Configure(EntityTypeBuilder<CateringSuspension> builder)
    {
        builder.ToTable("catering_suspension");
        builder.HasIndex(s => s.SourceKey).IsUnique();
        builder.HasIndex(s => s.OperatorId);
        builder.Property(s => s.JurisdictionCode).HasMaxLength(9);
        builder.Property(s => s.SourceKey).HasMaxLength(80);
        builder.Property(s => s.Kind).HasMaxLength(20);
        builder.Property(s => s.Reason).HasMaxLength(300);
        builder.Property(s => s.Citation).HasMaxLength(500);
        builder.Ignore(s => s.Window);
    }
}
