using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Documents.Domain;

/// <summary>
/// A document the bureau issued. The PDF is kept as issued; <see cref="Sha256"/> lets anyone check a copy.
/// Revocation is recorded, never deletion.
/// </summary>
internal sealed class IssuedDocument : Entity, IAudited, IJurisdictionScoped
{
    public string Kind { get; init; } = "";

    public string Number { get; init; } = "";

    public string Title { get; init; } = "";

    public string JurisdictionCode { get; init; } = "";

    public Guid? OperatorId { get; init; }

    public DateTimeOffset IssuedAt { get; init; }

    public string IssuedBy { get; init; } = "";

    public DateTimeOffset? ValidUntil { get; init; }

    /// <summary>The random code in the QR link; unguessable, so the verification page needs no login.</summary>
    public string VerificationCode { get; init; } = "";

    public string Sha256 { get; init; } = "";

    /// <summary>The PDF bytes (tens of KB); recorded in the ledger by its hash only.</summary>
    [Masked]
    public byte[] Pdf { get; init; } = [];

    public DateTimeOffset? RevokedAt { get; private set; }

    public string? RevocationReason { get; private set; }

    Guid? IJurisdictionScoped.OwningOperatorId => OperatorId;

    public void Revoke(DateTimeOffset at, string reason)
    {
        RevokedAt ??= at;
        RevocationReason ??= reason;
    }
}
