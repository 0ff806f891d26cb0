using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Shian.Modules.Inspections.Domain;
using Shian.Modules.Inspections.Features.BrowseChecklists;
using Shian.Shared.Kernel;

namespace Shian.Modules.Inspections.Features.AddChecklistVersion;

/// <summary>
/// The checklist editor of the static page: one item per line, fields separated by "|":
/// 编号 | 检查要点 | 重点/一般 | 分值 | 检查内容 | 依据 (the key/general mark in either language: resources
/// <c>LineKey</c>, <c>LineGeneral</c>). A copy of an existing version is the usual start.
/// </summary>
internal sealed class ChecklistVersionForm
{
    [Required]
    public string? Sector { get; set; } = Sectors.Catering;

    [Required(ErrorMessage = "inspections.title_required")]
    [StringLength(200, ErrorMessage = "inspections.title_too_long")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "inspections.effective_from_required")]
    public DateOnly? EffectiveFrom { get; set; }

    [Required(ErrorMessage = "inspections.checklist_source_required")]
    [StringLength(300, ErrorMessage = "inspections.checklist_source_too_long")]
    public string? Source { get; set; }

    [Required(ErrorMessage = "inspections.items_required")]
    [StringLength(200_000)]
    public string? Lines { get; set; }

    public static ChecklistVersionForm CopyOf(ChecklistView source) => new()
    {
        Sector = source.Sector,
        Title = source.Title,
        Source = source.Source,
        Lines = string.Join('\n', source.Items.Select(i =>
            string.Join(" | ", i.Number, i.Area, InspectionsText.Get(i.IsKey ? "LineKey" : "LineGeneral"),
                i.Points.ToString(CultureInfo.InvariantCulture), i.Text, i.Citation))),
    };

    public NewChecklistVersionRequest ToRequest()
    {
        var items = new List<NewChecklistItem>();
        var lineNumber = 0;
        foreach (var line in (Lines ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            lineNumber++;
            var parts = line.Split('|').Select(p => p.Trim()).ToArray();
            var mark = parts.Length == 6 ? Mark(parts[2]) : null;
            if (mark is null || !int.TryParse(parts[3], out var points))
            {
                throw ShianException.Invalid(
                    InspectionsErrors.ChecklistInvalid, "lines", InspectionsText.Get("ChecklistLineFormat", lineNumber));
            }

            items.Add(new NewChecklistItem
            {
                Number = parts[0],
                Area = parts[1],
                IsKey = mark.Value,
                Points = points,
                Text = parts[4],
                Citation = parts[5],
            });
        }

        if (items.Count == 0)
        {
            throw ShianException.Invalid(InspectionsErrors.ChecklistInvalid, "lines", Messages.Get("inspections.items_required"));
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

    /// <summary>True for a key item's mark, false for a general one's (Chinese or English), null for anything else.</summary>
    private static bool? Mark(string text)
    {
        bool Is(string key) =>
            string.Equals(text, InspectionsText.Zh(key), StringComparison.OrdinalIgnoreCase) ||
            string.Equals(text, InspectionsText.In(CultureInfo.GetCultureInfo("en-US"), key), StringComparison.OrdinalIgnoreCase);

        return Is("LineKey") ? true : Is("LineGeneral") ? false : null;
    }
}
