using System.ComponentModel.DataAnnotations;
using Shian.Shared.Kernel.Identifiers;

namespace Shian.Modules.Licensing.Features.Apply;

/// <summary>
/// The apply page's form: what a person types, kept as typed when something is wrong. Items and files are
/// read from the posted form directly (checkbox groups and file inputs do not bind to a model).
/// </summary>
internal sealed class ApplyForm
{
    [Range(1, 9, ErrorMessage = "licensing.business_type_required")]
    public int BusinessType { get; set; }

    [Required(ErrorMessage = "licensing.premises_address_required")]
    [StringLength(200, ErrorMessage = "licensing.premises_address_too_long")]
    public string? PremisesAddress { get; set; }

    [Required(ErrorMessage = "licensing.town_required")]
    public string? PremisesTownCode { get; set; }

    [Required(ErrorMessage = "licensing.id_number_required")]
    [ResidentIdNumberFormat(ErrorMessage = "licensing.id_number_format")]
    public string? LegalRepresentativeIdNumber { get; set; }

    [StringLength(1000, ErrorMessage = "licensing.key_staff_too_many")]
    public string? KeyStaffIdNumbers { get; set; }

    public bool Commitment { get; set; }

    /// <summary>Created when the page is first shown; a double submit then finds the first application.</summary>
    public string? IdempotencyKey { get; set; }

    /// <summary>Checked 经营项目 as <c>type:item</c> (set from the posted checkboxes).</summary>
    public List<string> Items { get; set; } = [];

    public ApplyRequest ToRequest(Guid? operatorId, IReadOnlyDictionary<string, Guid> files) => new()
    {
        OperatorId = operatorId,
        PremisesAddress = PremisesAddress?.Trim(),
        PremisesTownCode = PremisesTownCode,
        BusinessType = BusinessType,
        BusinessItems = [.. Items.Select(i => i[(i.IndexOf(':', StringComparison.Ordinal) + 1)..])],
        LegalRepresentativeIdNumber = LegalRepresentativeIdNumber,
        KeyStaffIdNumbers = [.. (KeyStaffIdNumbers ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
        Commitment = Commitment,
        MaterialFiles = new Dictionary<string, Guid>(files),
        IdempotencyKey = IdempotencyKey,
    };
}
