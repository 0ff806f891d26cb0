using System.Globalization;
using Shian.Shared.Web;

namespace Shian.Modules.RiskGrading.Features.Plans;

/// <summary>
/// The plan as CSV for spreadsheets, written by <see cref="CsvFiles"/>: UTF-8 with a byte-order mark (Excel then reads
/// Chinese correctly), RFC 4180 quoting, and cells that a spreadsheet would run as a formula escaped.
/// </summary>
internal static class PlanCsv
{
    private static readonly string[] Header =
        ["统一社会信用代码", "经营者名称", "乡镇（街道）代码", "风险等级", "风险分值", "重点监督检查", "年度检查次数", "需全项目检查", "执法人员", "已检查次数", "最近检查日期", "状态", "下次到期日"];

    public static byte[] Write(IEnumerable<PlanItemView> rows)
    {
        return CsvFiles.Write(Header, rows.Select(r =>
        {
            string[] cells =
            [
                r.CreditCode, r.OperatorName, r.JurisdictionCode, r.Grade, r.TotalScore.ToString("0.##", CultureInfo.InvariantCulture),
                r.Priority ? "是" : "否", r.RequiredInspections.ToString(CultureInfo.InvariantCulture), r.FullCoverageRequired ? "是" : "否",
                r.InspectorName ?? "未分配", r.Done.ToString(CultureInfo.InvariantCulture), r.LastInspectedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
                StatusLabel(r.Status), r.NextDue?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            ];
            return cells;
        }));
    }

    public static string StatusLabel(string status) => status switch
    {
        PlanSchedule.Done => "已完成",
        PlanSchedule.Overdue => "已逾期",
        _ => "待检查",
    };
}
