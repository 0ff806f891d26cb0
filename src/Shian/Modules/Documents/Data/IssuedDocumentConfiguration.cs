using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Shian.Modules.Documents.Domain;

namespace Shian.Modules.Documents.Data;

internal sealed class IssuedDocumentConfiguration : IEntityTypeConfiguration<IssuedDocument>
{
    public void Configure(EntityTypeBuilder<IssuedDocument> builder)
    {
        builder.ToTable("documents_document");
        builder.Property(d => d.Kind).HasMaxLength(80);
        builder.Property(d => d.Number).HasMaxLength(60);
        builder.Property(d => d.Title).HasMaxLength(200);
        builder.Property(d => d.JurisdictionCode).HasMaxLength(12);
        builder.Property(d => d.IssuedBy).HasMaxLength(100);
        builder.Property(d => d.VerificationCode).HasMaxLength(32);
        builder.HasIndex(d => d.VerificationCode).IsUnique();
        builder.Property(d => d.Sha256).HasMaxLength(64);
        builder.Property(d => d.RevocationReason).HasMaxLength(500);
        builder.HasIndex(d => new { d.Kind, d.Number });
        builder.HasIndex(d => d.OperatorId);
    }
}
