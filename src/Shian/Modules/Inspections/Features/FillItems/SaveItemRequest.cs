using System.ComponentModel.DataAnnotations;

namespace Shian.Modules.Inspections.Features.FillItems;

/// <summary>One item's finding: outcome conforms / does_not_conform / not_applicable (empty clears it).</summary>
internal sealed class SaveItemRequest
{
    [StringLength(20)]
    public string? Outcome { get; set; }

    public bool AffectsSafety { get; set; }

    [StringLength(1000, ErrorMessage = "inspections.note_too_long")]
    public string? Note { get; set; }
}
