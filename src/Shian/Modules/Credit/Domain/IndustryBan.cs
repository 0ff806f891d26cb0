using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Credit.Domain;

/// <summary>
/// A person barred from food business roles (从业禁止, Food Safety Law Art. 135): by decision of an authority,
/// from a date, for a period or for life. The ID number is held encrypted and as a blind index for lookups.
/// </summary>
internal sealed class IndustryBan : Entity, IAudited
{
    public string PersonName { get; init; } = "";

    /// <summary>HMAC of the ID number (Shared/Security/BlindIndex): what checks look up.</summary>
    public string IdNumberIndex { get; init; } = "";

    [Masked]
    public string? IdNumberCipher { get; init; }

    public string IdNumberMasked { get; init; } = "";

    public string Reason { get; init; } = "";

    /// <summary>The deciding authority and decision number, e.g. 江门市市场监督管理局 江市监罚〔2025〕12号.</summary>
    public string Decision { get; init; } = "";

    public DateOnly BannedFrom { get; init; }

    /// <summary>Exclusive end; null = for life (终身禁业).</summary>
    public DateOnly? BannedUntil { get; set; }

    public string? LiftReason { get; set; }

    public bool IsInForceOn(DateOnly date) => BannedFrom <= date && (BannedUntil is null || date < BannedUntil);
}
