using System.ComponentModel.DataAnnotations;

namespace Shian.Modules.Inspections.Features.AddChecklistVersion;

/// <summary>A new checklist version: usually the current one copied and edited, in force from a date.</summary>
internal sealed class NewChecklistVersionRequest
{
    [Required(ErrorMessage = "inspections.checklist_sector_required")]
    [StringLength(20)]
    public string? Sector { get; set; }

    [Required(ErrorMessage = "inspections.title_required")]
    [StringLength(200, ErrorMessage = "inspections.title_too_long")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "inspections.effective_from_required")]
    public DateOnly? EffectiveFrom { get; set; }

    [Required(ErrorMessage = "inspections.checklist_source_required")]
    [StringLength(300, ErrorMessage = "inspections.checklist_source_too_long")]
    public string? Source { get; set; }

    [Required(ErrorMessage = "inspections.items_required")]
    [MinLength(1, ErrorMessage = "inspections.items_required")]
    [MaxLength(300, ErrorMessage = "inspections.items_too_many")]
    public List<NewChecklistItem>? Items { get; set; }
}

internal sealed class NewChecklistItem
{
    [Required(ErrorMessage = "inspections.number_required")]
    [StringLength(20)]
    public string? Number { get; set; }

    [Required(ErrorMessage = "inspections.area_required")]
    [StringLength(50)]
    public string? Area { get; set; }

    [Required(ErrorMessage = "inspections.text_required")]
    [StringLength(500)]
    public string? Text { get; set; }

    public bool IsKey { get; set; }

    [Range(0, 100, ErrorMessage = "inspections.points_range")]
    public int Points { get; set; }

    [Required(ErrorMessage = "inspections.citation_required")]
    [StringLength(300)]
    public string? Citation { get; set; }
}
