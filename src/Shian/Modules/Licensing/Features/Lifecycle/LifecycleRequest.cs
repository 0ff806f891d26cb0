using System.ComponentModel.DataAnnotations;

namespace Shian.Modules.Licensing.Features.Lifecycle;

/// <summary>What every application about an existing licence carries: the checklist, the commitment, the key.</summary>
internal abstract class LifecycleRequest
{
    /// <summary>告知承诺: the applicant commits that the conditions are unchanged and met.</summary>
    public bool Commitment { get; set; }

    /// <summary>Checklist answers keyed by the codes of the kind's rule set (<c>licensing.materials.&lt;kind&gt;</c>).</summary>
    [MaxLength(50, ErrorMessage = "licensing.materials_too_many")]
    public Dictionary<string, bool>? Materials { get; set; }

    /// <summary>Alternative to the <c>Idempotency-Key</c> header, for clients that cannot set headers.</summary>
    [StringLength(100, ErrorMessage = "licensing.idempotency_key_too_long")]
    public string? IdempotencyKey { get; set; }
}

/// <summary>What an application asked for, stored with it (ID numbers masked only).</summary>
internal sealed record LifecycleDetails(
    string? OperatorName = null,
    string? LegalRepresentative = null,
    string? LegalRepresentativeIdMasked = null,
    IReadOnlyList<string>? BusinessItems = null,
    string? Reason = null);
