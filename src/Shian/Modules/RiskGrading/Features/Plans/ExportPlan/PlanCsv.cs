using System.Globalization;
using System.Text;

namespace Shian.Modules.RiskGrading.Features.Plans.ExportPlan;

/// <summary>
/// The plan as CSV for spreadsheets: UTF-8 with a byte-order mark (Excel then reads Chinese correctly), RFC 4180
/// quoting, and cells that a spreadsheet would run as a formula (= + - @) prefixed with an apostrophe.
/// </summary>
internal static class PlanCsv
{
    private static string[] Header => [.. HeaderKeys.Select(k => RiskGradingTexts.Get(k))];

    private static readonly string[] HeaderKeys =
        ["Csv_CreditCode", "Csv_OperatorName", "Csv_TownCode", "Csv_Grade", "Csv_Score", "Csv_Priority", "Csv_Required", "Csv_FullCoverage", "Csv_Inspector", "Csv_Done", "Csv_LastInspected", "Csv_Status", "Csv_NextDue"];

    private static string YesNo(bool value) => RiskGradingTexts.Get(value ? "Yes" : "No");

    public static byte[] Write(IEnumerable<PlanDetail.PlanItemView> rows)
    {
        var text = new StringBuilder();
        text.AppendLine(string.Join(',', Header));
        foreach (var r in rows)
        {
            string[] cells =
            [
                r.CreditCode, r.OperatorName, r.JurisdictionCode, r.Grade, r.TotalScore.ToString("0.##", CultureInfo.InvariantCulture),
                YesNo(r.Priority), r.RequiredInspections.ToString(CultureInfo.InvariantCulture), YesNo(r.FullCoverageRequired),
                r.InspectorName ?? RiskGradingTexts.Get("Unassigned"), r.Done.ToString(CultureInfo.InvariantCulture), r.LastInspectedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
                StatusLabel(r.Status), r.NextDue?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            ];
            text.AppendLine(string.Join(',', cells.Select(Cell)));
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static string StatusLabel(string status) => status switch
    {
        Domain.PlanSchedule.Done or Domain.PlanSchedule.Overdue => RiskGradingTexts.Get("Status_" + status),
        _ => RiskGradingTexts.Get("Status_" + Domain.PlanSchedule.Due),
    };

    private static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
