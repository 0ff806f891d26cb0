using Microsoft.EntityFrameworkCore;
using Shian.Modules.Operators.Contracts;
using Shian.Modules.RiskGrading.Domain;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.RiskGrading.Features.GradeList;

/// <summary>Operators of a grade (or all) in a district or town of the caller's scope, riskiest first; the page and the API call this.</summary>
internal sealed class GradeListQuery(ShianDbContext db, IOperatorDirectory directory)
{
    /// <summary>A 6-digit district or 9-digit town code.</summary>
    public static bool IsJurisdiction(string? code) => code is { Length: 6 or 9 } && code.All(char.IsAsciiDigit);

    /// <summary>400 for a grade other than A–D or a malformed jurisdiction code (the page ignores them instead).</summary>
    public static void Validate(string? jurisdiction, string? grade)
    {
        if (grade is { Length: > 0 } && !Grades.IsKnown(grade))
        {
            throw ShianException.Invalid(RiskGradingErrors.UnknownGrade, "grade");
        }

        if (jurisdiction is { Length: > 0 } && !IsJurisdiction(jurisdiction))
        {
            throw ShianException.InvalidFields(RiskGradingErrors.UnknownDistrict, [("jurisdiction", "riskgrading.jurisdiction_format")]);
        }
    }

    public async Task<PagedList<GradeListItem>> ListAsync(string? jurisdiction, string? grade, PageRequest page, CancellationToken ct)
    {
        var query = db.Set<OperatorGrade>().AsNoTracking();
        if (jurisdiction is { Length: > 0 })
        {
            query = query.Where(g => g.JurisdictionCode.StartsWith(jurisdiction));
        }

        if (grade is { Length: > 0 })
        {
            query = query.Where(g => g.Grade == grade);
        }

        var rows = await query.OrderByDescending(g => g.TotalScore).ThenBy(g => g.OperatorId)
            .Select(g => new GradeListItem(g.OperatorId, null, g.JurisdictionCode, g.Grade, g.TotalScore, g.Priority, g.GradedAt))
            .ToPagedListAsync(page, ct);
        var named = new List<GradeListItem>(rows.Items.Count);
        foreach (var r in rows.Items)
        {
            named.Add(r with { OperatorName = (await directory.FindAsync(r.OperatorId, ct))?.Name });
        }

        return rows with { Items = named };
    }
}

internal sealed record GradeListItem(
    Guid OperatorId, string? OperatorName, string JurisdictionCode, string Grade, decimal TotalScore, bool Priority, DateTimeOffset GradedAt);
