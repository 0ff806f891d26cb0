using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Shian.Modules.Inspections.Domain;

namespace Shian.Modules.Inspections.Features.Checklists;

/// <summary>
/// The checklist editor of the static page: one item per line, fields separated by "|":
/// 编号 | 检查要点 | 重点/一般 | 分值 | 检查内容 | 依据. A copy of an existing version is the usual start.
/// </summary>
internal sealed class ChecklistVersionForm
{
    [Required]
    public string? Sector { get; set; } = Sectors.Catering;

    [Required(ErrorMessage = "请填写名称")]
    [StringLength(200, ErrorMessage = "名称不能超过200个字符")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "请填写生效日期")]
    public DateOnly? EffectiveFrom { get; set; }

    [Required(ErrorMessage = "请填写依据")]
    [StringLength(300, ErrorMessage = "依据不能超过300个字符")]
    public string? Source { get; set; }

    [Required(ErrorMessage = "请至少填写一个检查项目")]
    [StringLength(200_000)]
    public string? Lines { get; set; }

    public static ChecklistVersionForm CopyOf(ChecklistView source) => new()
    {
        Sector = source.Sector,
        Title = source.Title,
        Source = source.Source,
        Lines = string.Join('\n', source.Items.Select(i =>
            string.Join(" | ", i.Number, i.Area, i.IsKey ? "重点" : "一般", i.Points.ToString(CultureInfo.InvariantCulture), i.Text, i.Citation))),
    };

    public NewChecklistVersionRequest ToRequest()
    {
        var items = new List<NewChecklistItem>();
        var lineNumber = 0;
        foreach (var line in (Lines ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            lineNumber++;
            var parts = line.Split('|').Select(p => p.Trim()).ToArray();
            if (parts.Length != 6 || parts[2] is not ("重点" or "一般") || !int.TryParse(parts[3], out var points))
            {
                throw ChecklistCatalog.Invalid(
                    InspectionsErrors.ChecklistInvalid, "lines", $"第{lineNumber}行格式不正确：应为 编号 | 检查要点 | 重点/一般 | 分值 | 检查内容 | 依据。");
            }

            items.Add(new NewChecklistItem
            {
                Number = parts[0],
                Area = parts[1],
                IsKey = parts[2] == "重点",
                Points = points,
                Text = parts[4],
                Citation = parts[5],
            });
        }

        if (items.Count == 0)
        {
            throw ChecklistCatalog.Invalid(InspectionsErrors.ChecklistInvalid, "lines", "请至少填写一个检查项目。");
        }

        return new NewChecklistVersionRequest
        {
            Sector = Sector,
            Title = Title,
            EffectiveFrom = EffectiveFrom,
            Source = Source,
            Items = items,
        };
    }
}
