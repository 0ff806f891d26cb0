using Microsoft.EntityFrameworkCore;
using Shian.Modules.Documents.Domain;
using Shian.Shared.Persistence;

namespace Shian.Modules.Documents.Features.Verify;

/// <summary>
/// What the public sees when it scans a document's QR code: that the bureau issued it, to whom (the operator is
/// already named on the document), when, whether it still stands, and the hash of the original PDF.
/// </summary>
internal sealed class DocumentVerification(ShianDbContext db, TimeProvider time)
{
    public async Task<VerifiedDocument?> FindAsync(string code, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > 32)
        {
            return null;
        }

        var d = await db.Set<IssuedDocument>().Unscoped("public verification by the unguessable code printed on the document").AsNoTracking()
            .Where(x => x.VerificationCode == code)
            .Select(x => new { x.Kind, x.Number, x.Title, x.IssuedAt, x.ValidUntil, x.RevokedAt, x.RevocationReason, x.Sha256 })
            .FirstOrDefaultAsync(ct);
        if (d is null)
        {
            return null;
        }

        var status = d.RevokedAt is not null ? DocumentStatus.Revoked
            : d.ValidUntil is { } until && until < time.GetUtcNow() ? DocumentStatus.Expired
            : DocumentStatus.Valid;
        return new VerifiedDocument(d.Kind, d.Number, d.Title, d.IssuedAt, d.ValidUntil, status.ToString(), d.RevocationReason, d.Sha256);
    }
}

internal enum DocumentStatus
{
    Valid,
    Expired,
    Revoked,
}

internal sealed record VerifiedDocument(
    string Kind, string Number, string Title, DateTimeOffset IssuedAt, DateTimeOffset? ValidUntil, string Status,
    string? RevocationReason, string Sha256);
