using System.Globalization;
using Shian.Shared.Web;

namespace Shian.Modules.RiskGrading.Features.Plans.ExportPlan;

/// <summary>
/// The plan as CSV for spreadsheets, written by <see cref="CsvFiles"/>: UTF-8 with a byte-order mark (Excel then reads
/// Chinese correctly), RFC 4180 quoting, and cells that a spreadsheet would run as a formula escaped.
/// </summary>
internal static class PlanCsv
{
    private static string[] Header => [.. HeaderKeys.Select(k => RiskGradingTexts.Get(k))];

    private static readonly string[] HeaderKeys =
        ["Csv_CreditCode", "Csv_OperatorName", "Csv_TownCode", "Csv_Grade", "Csv_Score", "Csv_Priority", "Csv_Required", "Csv_FullCoverage", "Csv_Inspector", "Csv_Done", "Csv_LastInspected", "Csv_Status", "Csv_NextDue"];

    private static string YesNo(bool value) => RiskGradingTexts.Get(value ? "Yes" : "No");

    public static byte[] Write(IEnumerable<PlanDetail.PlanItemView> rows)
    {
        return CsvFiles.Write(Header, rows.Select(r =>
        {
            string[] cells =
            [
                r.CreditCode, r.OperatorName, r.JurisdictionCode, r.Grade, r.TotalScore.ToString("0.##", CultureInfo.InvariantCulture),
                YesNo(r.Priority), r.RequiredInspections.ToString(CultureInfo.InvariantCulture), YesNo(r.FullCoverageRequired),
                r.InspectorName ?? RiskGradingTexts.Get("Unassigned"), r.Done.ToString(CultureInfo.InvariantCulture), r.LastInspectedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
                StatusLabel(r.Status), r.NextDue?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            ];
            return cells;
        }));
    }

    public static string StatusLabel(string status) => status switch
    {
        Domain.PlanSchedule.Done or Domain.PlanSchedule.Overdue => RiskGradingTexts.Get("Status_" + status),
        _ => RiskGradingTexts.Get("Status_" + Domain.PlanSchedule.Due),
    };
}
