using Shian.Modules.Administration.Contracts;
using Shian.Shared.Kernel;
using Shian.Shared.Security;
using Shian.Shared.Web;

namespace Shian.Modules.RiskGrading.Features.Plans.GeneratePlan;

/// <summary>What a plan's district and year must be, for generating and for listing plans.</summary>
internal sealed class PlanChecks(IJurisdictionDirectory jurisdictions, CurrentUser user, TimeProvider time)
{
    public const int FirstYear = 2016;

    public DateOnly Today => time.ChinaToday();

    /// <summary>
    /// The year a new plan is for: the current one, except in December, when districts draw up next year's plan
    /// (a plan for the ending year would be born with most of its visits overdue).
    /// </summary>
    public int PlanningYear => Today.Month == 12 ? Today.Year + 1 : Today.Year;

    /// <summary>Checks a district code and year; throws 400 for an unknown district or a year out of range, 403 outside scope.</summary>
    public async Task<JurisdictionInfo> ValidateAsync(string? districtCode, int? year, CancellationToken ct)
    {
        ValidateYear(year);
        var district = districtCode is { Length: 6 } ? await jurisdictions.FindAsync(districtCode, ct) : null;
        if (district is not { Level: JurisdictionLevels.District })
        {
            throw ShianException.Invalid(RiskGradingErrors.UnknownDistrict, "districtCode");
        }

        if (user.TownCodePrefix is { } prefix && !district.Code.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw ShianException.Forbidden(ErrorCodes.OutOfScope);
        }

        return district;
    }

    public void ValidateYear(int? year)
    {
        if (year is { } y && (y < FirstYear || y > Today.Year + 1))
        {
            throw ShianException.Invalid(RiskGradingErrors.YearOutOfRange, "year", FirstYear, Today.Year + 1);
        }
    }
}
