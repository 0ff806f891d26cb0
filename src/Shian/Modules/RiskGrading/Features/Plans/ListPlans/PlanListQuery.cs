using Microsoft.EntityFrameworkCore;
using Shian.Modules.RiskGrading.Domain;
using Shian.Shared.Persistence;

namespace Shian.Modules.RiskGrading.Features.Plans.ListPlans;

/// <summary>Plans of the caller's scope, newest year first, optionally for one district and year; the page and the API call this.</summary>
internal sealed class PlanListQuery(ShianDbContext db)
{
    public Task<List<PlanSummary>> ListAsync(string? districtCode, int? year, CancellationToken ct)
    {
        var query = db.Set<InspectionPlan>().AsNoTracking();
        if (districtCode is { Length: > 0 })
        {
            query = query.Where(p => p.JurisdictionCode == districtCode);
        }

        if (year is { } y)
        {
            query = query.Where(p => p.Year == y);
        }

        return query.OrderByDescending(p => p.Year).ThenBy(p => p.JurisdictionCode)
            .Select(p => new PlanSummary(p.Id, p.JurisdictionCode, p.Year, p.GeneratedAt, p.GeneratedBy, p.OperatorCount, p.RequiredInspections, p.InspectorCount, p.UnassignedCount))
            .ToListAsync(ct);
    }
}

internal sealed record PlanSummary(
    Guid Id, string DistrictCode, int Year, DateTimeOffset GeneratedAt, string GeneratedBy, int OperatorCount, int RequiredInspections,
    int InspectorCount, int UnassignedCount);
