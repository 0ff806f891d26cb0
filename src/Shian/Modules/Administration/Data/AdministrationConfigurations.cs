using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Shian.Modules.Administration.Domain;

namespace Shian.Modules.Administration.Data;

internal sealed class JurisdictionConfiguration : IEntityTypeConfiguration<Jurisdiction>
{
    public void Configure(EntityTypeBuilder<Jurisdiction> builder)
    {
        builder.ToTable("administration_jurisdiction");
        builder.HasKey(j => j.Code);
        builder.Property(j => j.Code).HasMaxLength(12);
        builder.Property(j => j.Name).HasMaxLength(50);
        builder.Property(j => j.ParentCode).HasMaxLength(12);
        builder.Property(j => j.Level).HasConversion<string>().HasMaxLength(10);
    }
}

internal sealed class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDay>
{
    public void Configure(EntityTypeBuilder<CalendarDay> builder)
    {
        builder.ToTable("administration_calendar_day");
        builder.HasKey(d => d.Date);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(10);
        builder.Property(d => d.Name).HasMaxLength(50);
        builder.Property(d => d.Source).HasMaxLength(200);
    }
}

internal sealed class RuleRowConfiguration : IEntityTypeConfiguration<RuleRow>
{
    public void Configure(EntityTypeBuilder<RuleRow> builder)
    {
        builder.ToTable("administration_rule");
        builder.Property(r => r.RuleSet).HasMaxLength(100);
        builder.Property(r => r.Key).HasMaxLength(100);
        builder.Property(r => r.Value).HasMaxLength(2000);
        builder.Property(r => r.Unit).HasMaxLength(30);
        builder.Property(r => r.Source).HasMaxLength(200);
        builder.Property(r => r.Article).HasMaxLength(100);
        builder.Property(r => r.Confidence).HasMaxLength(40);
        builder.Property(r => r.Note).HasMaxLength(500);
        builder.HasIndex(r => new { r.RuleSet, r.Key, r.EffectiveFrom }).IsUnique();
    }
}

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable("administration_api_key");
        builder.Property(k => k.Name).HasMaxLength(100);
        builder.Property(k => k.Prefix).HasMaxLength(16);
        builder.Property(k => k.SecretHash).HasMaxLength(64);
        builder.Property(k => k.Scopes).HasMaxLength(500);
        builder.Property(k => k.JurisdictionCode).HasMaxLength(12);
        builder.Property(k => k.CreatedBy).HasMaxLength(100);
        builder.HasIndex(k => k.Prefix).IsUnique();
    }
}
