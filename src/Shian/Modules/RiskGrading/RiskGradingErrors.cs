namespace Shian.Modules.RiskGrading;

/// <summary>Stable error codes of the module (ProblemDetails <c>code</c>), which are also their message keys.</summary>
internal static class RiskGradingErrors
{
    public const string OperatorNotFound = "riskgrading.operator_not_found";
    public const string GradeNotFound = "riskgrading.grade_not_found";
    public const string UnknownDistrict = "riskgrading.unknown_district";
    public const string YearOutOfRange = "riskgrading.year_out_of_range";
    public const string UnknownGrade = "riskgrading.unknown_grade";
    public const string UnknownStatus = "riskgrading.unknown_status";
    public const string PlanNotFound = "riskgrading.plan_not_found";
}
