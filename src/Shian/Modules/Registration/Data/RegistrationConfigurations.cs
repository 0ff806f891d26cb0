using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Shian.Modules.Registration.Domain;

namespace Shian.Modules.Registration.Data;

internal sealed class RegistrationApplicationConfiguration : IEntityTypeConfiguration<RegistrationApplication>
{
    public void Configure(EntityTypeBuilder<RegistrationApplication> builder)
    {
        builder.ToTable("registration_application");
        builder.Property(a => a.TrackingNumber).HasMaxLength(16);
        builder.HasIndex(a => a.TrackingNumber).IsUnique();
        builder.Property(a => a.SecretCipher).HasMaxLength(500);
        builder.Property(a => a.EntityType).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Name).HasMaxLength(100);
        builder.Property(a => a.NormalizedName).HasMaxLength(100);
        builder.Property(a => a.LegalRepresentative).HasMaxLength(50);
        builder.Property(a => a.LegalRepresentativeIdCipher).HasMaxLength(500);
        builder.Property(a => a.LegalRepresentativeIdMasked).HasMaxLength(30);
        builder.Property(a => a.PhoneCipher).HasMaxLength(500);
        builder.Property(a => a.PhoneMasked).HasMaxLength(30);
        builder.Property(a => a.Address).HasMaxLength(200);
        builder.Property(a => a.JurisdictionCode).HasMaxLength(9);
        builder.Property(a => a.DistrictCode).HasMaxLength(6);
        builder.Property(a => a.BusinessScope).HasMaxLength(1000);
        builder.Property(a => a.ChecksJson).HasMaxLength(8000);
        builder.Property(a => a.SubmittedByName).HasMaxLength(100);
        builder.Property(a => a.IdempotencyScope).HasMaxLength(40);
        builder.Property(a => a.IdempotencyKey).HasMaxLength(100);
        builder.Property(a => a.RequestHash).HasMaxLength(64);
        builder.Property(a => a.DecidedBy).HasMaxLength(100);
        builder.Property(a => a.DecisionReason).HasMaxLength(1000);
        builder.Property(a => a.CreditCode).HasMaxLength(18);
        builder.Property(a => a.DocumentVerificationCode).HasMaxLength(32);
        builder.Property(a => a.Version).IsConcurrencyToken();

        // A replayed submission finds the first one; a racing duplicate fails on this index.
        builder.HasIndex(a => new { a.IdempotencyScope, a.IdempotencyKey }).IsUnique();

        // Issued codes are unique for ever (NULL until approved; both providers allow many NULLs).
        builder.HasIndex(a => a.CreditCode).IsUnique();
        builder.HasIndex(a => new { a.DistrictCode, a.NormalizedName });
        builder.HasIndex(a => new { a.JurisdictionCode, a.Status, a.SubmittedAt });
    }
}

internal sealed class RegistrationCodeCounterConfiguration : IEntityTypeConfiguration<RegistrationCodeCounter>
{
    public void Configure(EntityTypeBuilder<RegistrationCodeCounter> builder)
    {
        builder.ToTable("registration_code_counter");
        builder.HasKey(c => c.DistrictCode);
        builder.Property(c => c.DistrictCode).HasMaxLength(6);
    }
}
