using System.Globalization;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.Documents.Contracts;
using Shian.Modules.Inspections.Domain;

namespace Shian.Modules.Inspections.Features.Conduct;

/// <summary>
/// The two documents of a signed inspection, issued through Documents (Chinese PDF with a verification QR code):
/// the on-site inspection record (现场检查笔录) and the inspection result record (检查结果记录表, the one the operator
/// posts and the public sees). Both fit one A4 page, so long lists are summarised.
/// </summary>
internal sealed class InspectionDocuments(IDocumentIssuer issuer, IJurisdictionDirectory jurisdictions)
{
    public const string RecordKind = "inspections.onsite_record";
    public const string ResultKind = "inspections.result_record";
    private const int MaxListedItems = 6;

    public async Task<(IssuedDocumentInfo Record, IssuedDocumentInfo Result)> IssueAsync(
        Inspection inspection, IReadOnlyList<InspectionItem> items, CancellationToken ct)
    {
        var town = await jurisdictions.DisplayNameAsync(inspection.JurisdictionCode, ct);
        var record = await issuer.IssueAsync(Record(inspection, items, town), ct);
        var result = await issuer.IssueAsync(Result(inspection, items, town), ct);
        return (record, result);
    }

    private static DocumentContent Record(Inspection i, IReadOnlyList<InspectionItem> items, string town)
    {
        var failed = items.Where(x => x.Outcome == ItemOutcome.DoesNotConform).ToList();
        var paragraphs = new List<string>
        {
            $"检查情况：按{Sectors.Names[i.Sector]}监督检查要点表（第{i.ChecklistVersion}版）检查{items.Count(x => x.Outcome is not null)}项，" +
            $"其中符合{items.Count(x => x.Outcome == ItemOutcome.Conforms)}项、不符合{failed.Count}项、合理缺项{items.Count(x => x.Outcome == ItemOutcome.NotApplicable)}项。",
        };
        paragraphs.AddRange(failed.Take(MaxListedItems).Select(x =>
            $"不符合 {x.Number}（{(x.IsKey ? "重点项" : "一般项")}）{x.Text}" + (x.Note is null ? "" : $"。现场情况：{x.Note}")));
        if (failed.Count > MaxListedItems)
        {
            paragraphs.Add($"其余{failed.Count - MaxListedItems}项不符合情况见系统检查记录。");
        }

        paragraphs.Add(i.RefusedToSign
            ? $"被检查单位拒绝签字。拒签情况：{i.RefusalReason}（检查人员{i.InspectorNames}在场见证并记录）。"
            : $"以上记录经被检查单位现场负责人核对无误。签字：{i.AcknowledgedBy}");

        return new DocumentContent(
            RecordKind, i.Number + "-B", "现场检查笔录", i.JurisdictionCode, i.OperatorId,
            [
                new("被检查单位", i.OperatorName),
                new("统一社会信用代码", i.OperatorCreditCode),
                new("检查地点", i.PremisesAddress),
                new("所属镇街", town),
                new("检查日期", Date(i.InspectedOn)),
                new("检查类型", InspectionKinds.Names[i.Kind]),
                new("检查人员", i.InspectorNames),
                new("检查结果", InspectionOutcomeRules.Chinese(i.Result!.Value)),
                new("处理措施", i.Measures ?? "无"),
            ],
            paragraphs);
    }

    private static DocumentContent Result(Inspection i, IReadOnlyList<InspectionItem> items, string town)
    {
        var fields = new List<DocumentField>
        {
            new("被检查单位", i.OperatorName),
            new("统一社会信用代码", i.OperatorCreditCode),
            new("经营场所", i.PremisesAddress),
            new("所属镇街", town),
            new("检查日期", Date(i.InspectedOn)),
            new("检查类型", InspectionKinds.Names[i.Kind]),
            new("检查项目", $"{items.Count(x => x.Outcome is ItemOutcome.Conforms or ItemOutcome.DoesNotConform)}项（重点项不符合{i.KeyItemsFailed}项，一般项不符合{i.GeneralItemsFailed}项）"),
            new("检查结果", InspectionOutcomeRules.Chinese(i.Result!.Value)),
        };
        if (i.Score is { } score)
        {
            fields.Add(new("得分", score.ToString("0.0", CultureInfo.InvariantCulture)));
        }

        if (i.RectificationDueOn is { } due)
        {
            fields.Add(new("整改期限", $"{Date(due)}前（{i.RectificationWorkingDays}个工作日）"));
        }

        fields.Add(new("法定公示期限", $"{Date(i.PublishBy!.Value)}前"));
        return new DocumentContent(
            ResultKind, i.Number, "食品生产经营监督检查结果记录表", i.JurisdictionCode, i.OperatorId, fields,
            ["被检查单位应当将本记录表张贴在经营场所醒目位置，保持至下次检查（《食品生产经营监督检查管理办法》第三十九条）。"]);
    }

    private static string Date(DateOnly d) => d.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
}
