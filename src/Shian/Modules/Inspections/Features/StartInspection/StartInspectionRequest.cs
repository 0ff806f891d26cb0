using System.ComponentModel.DataAnnotations;

namespace Shian.Modules.Inspections.Features.StartInspection;

/// <summary>Start an inspection (a draft). Kind and sector are stable codes; see the module README.</summary>
internal sealed class StartInspectionRequest
{
    [Required(ErrorMessage = "inspections.operator_required")]
    public Guid? OperatorId { get; set; }

    public Guid? PremisesId { get; set; }

    [Required(ErrorMessage = "inspections.kind_required")]
    [StringLength(20)]
    public string? Kind { get; set; }

    [Required(ErrorMessage = "inspections.sector_required")]
    [StringLength(20)]
    public string? Sector { get; set; }

    [Required(ErrorMessage = "inspections.inspected_on_required")]
    public DateOnly? InspectedOn { get; set; }

    [Required(ErrorMessage = "inspections.inspectors_required")]
    [MaxLength(10, ErrorMessage = "inspections.inspectors_too_many")]
    public List<Guid>? InspectorUserIds { get; set; }

    [StringLength(100, ErrorMessage = "inspections.source_reference_too_long")]
    public string? SourceReference { get; set; }
}
