using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Shian.Modules.Licensing.Domain;

namespace Shian.Modules.Licensing.Data;

/// <summary>The lifecycle's columns on applications (kept apart from the first slice's configuration to ease merges).</summary>
internal sealed class LifecycleApplicationConfiguration : IEntityTypeConfiguration<LicenceApplication>
{
    public void Configure(EntityTypeBuilder<LicenceApplication> builder)
    {
        builder.Property(a => a.DetailsJson).HasMaxLength(4000);
        builder.Property(a => a.FoodCategory).HasMaxLength(3);
        builder.Property(a => a.SiteReviewNote).HasMaxLength(1000);
        builder.HasIndex(a => a.TargetLicenceId);
    }
}

internal sealed class LifecycleLicenceConfiguration : IEntityTypeConfiguration<Licence>
{
    public void Configure(EntityTypeBuilder<Licence> builder)
    {
        builder.Property(l => l.LegalRepresentative).HasMaxLength(50);
        builder.Property(l => l.FoodCategory).HasMaxLength(3);
        builder.Property(l => l.EndReason).HasMaxLength(200);
        builder.Property(l => l.RevocationDecisionNumber).HasMaxLength(100);

        // Two staff ending one licence at once (revocation, cancellation, expiry): the second save gets 409.
        builder.Property(l => l.Status).IsConcurrencyToken();
        builder.Ignore(l => l.IsProduction);

        // The expiry job's two scans: valid licences by end date.
        builder.HasIndex(l => new { l.Status, l.ValidUntil });
    }
}

internal sealed class FilingRecordConfiguration : IEntityTypeConfiguration<FilingRecord>
{
    public void Configure(EntityTypeBuilder<FilingRecord> builder)
    {
        builder.ToTable("licensing_filing");
        builder.Property(f => f.Number).HasMaxLength(16);
        builder.HasIndex(f => f.Number).IsUnique();
        builder.Property(f => f.OperatorName).HasMaxLength(100);
        builder.Property(f => f.PremisesAddress).HasMaxLength(200);
        builder.Property(f => f.JurisdictionCode).HasMaxLength(9);
        builder.Property(f => f.Items).HasMaxLength(200);
        builder.Property(f => f.Status).HasMaxLength(20);
        builder.Property(f => f.IdempotencyKey).HasMaxLength(100);
        builder.Property(f => f.RequestHash).HasMaxLength(64);
        builder.HasIndex(f => new { f.SubmittedBy, f.IdempotencyKey }).IsUnique();
        builder.HasIndex(f => f.OperatorId);
        builder.HasIndex(f => f.PremisesAddress);
    }
}

internal sealed class LicenceReminderConfiguration : IEntityTypeConfiguration<LicenceReminder>
{
    public void Configure(EntityTypeBuilder<LicenceReminder> builder)
    {
        builder.ToTable("licensing_reminder");
        builder.Property(r => r.Milestone).HasMaxLength(50);

        // Once per licence, milestone and validity period, whatever reruns or a second node do.
        builder.HasIndex(r => new { r.LicenceId, r.Milestone, r.ForValidUntil }).IsUnique();
    }
}
