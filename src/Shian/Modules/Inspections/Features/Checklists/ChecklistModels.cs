using System.ComponentModel.DataAnnotations;

namespace Shian.Modules.Inspections.Features.Checklists;

internal sealed record ChecklistSummary(Guid Id, string Sector, int Version, string Title, DateOnly EffectiveFrom, int ItemCount, string Source);

internal sealed record ChecklistView(
    Guid Id, string Sector, int Version, string Title, DateOnly EffectiveFrom, string Source, DateTimeOffset CreatedAt,
    string CreatedBy, IReadOnlyList<ChecklistItemView> Items);

internal sealed record ChecklistItemView(Guid Id, string Number, string Area, string Text, bool IsKey, int Points, string Citation);

/// <summary>A new checklist version: usually the current one copied and edited, in force from a date.</summary>
internal sealed class NewChecklistVersionRequest
{
    [Required(ErrorMessage = "请选择行业")]
    [StringLength(20)]
    public string? Sector { get; set; }

    [Required(ErrorMessage = "请填写名称")]
    [StringLength(200, ErrorMessage = "名称不能超过200个字符")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "请填写生效日期")]
    public DateOnly? EffectiveFrom { get; set; }

    [Required(ErrorMessage = "请填写依据")]
    [StringLength(300, ErrorMessage = "依据不能超过300个字符")]
    public string? Source { get; set; }

    [Required(ErrorMessage = "请至少填写一个检查项目")]
    [MinLength(1, ErrorMessage = "请至少填写一个检查项目")]
    [MaxLength(300, ErrorMessage = "检查项目不能超过300项")]
    public List<NewChecklistItem>? Items { get; set; }
}

internal sealed class NewChecklistItem
{
    [Required(ErrorMessage = "请填写编号")]
    [StringLength(20)]
    public string? Number { get; set; }

    [Required(ErrorMessage = "请填写检查要点")]
    [StringLength(50)]
    public string? Area { get; set; }

    [Required(ErrorMessage = "请填写检查内容")]
    [StringLength(500)]
    public string? Text { get; set; }

    public bool IsKey { get; set; }

    [Range(0, 100, ErrorMessage = "分值应在0至100之间")]
    public int Points { get; set; }

    [Required(ErrorMessage = "请填写依据")]
    [StringLength(300)]
    public string? Citation { get; set; }
}
