using Microsoft.EntityFrameworkCore;
using Shian.Modules.Inspections.Domain;
using Shian.Shared.Kernel;
using Shian.Shared.Modules;
using Shian.Shared.Persistence;

namespace Shian.Modules.Inspections.Features.ListInspections;

/// <summary>Inspections of the caller's scope, newest first, paged; optionally by status and operator.</summary>
internal sealed class ListInspectionsQuery(ShianDbContext db)
{
    public Task<PagedList<InspectionSummary>> ListAsync(string? status, Guid? operatorId, PageRequest page, CancellationToken ct)
    {
        var query = db.Set<Inspection>().AsNoTracking();
        if (Enum.TryParse<InspectionStatus>(status, true, out var s))
        {
            query = query.Where(i => i.Status == s);
        }

        if (operatorId is { } op)
        {
            query = query.Where(i => i.OperatorId == op);
        }

        return Summaries(query.OrderByDescending(i => i.InspectedOn).ThenByDescending(i => i.CreatedAt)).ToPagedListAsync(page, ct);
    }

    public static IQueryable<InspectionSummary> Summaries(IQueryable<Inspection> query) =>
        query.Select(i => new InspectionSummary(
            i.Id, i.Number, i.Kind, i.Sector, i.OperatorId, i.OperatorName, i.PremisesAddress, i.JurisdictionCode, i.InspectedOn,
            i.Status.ToString(), i.Result == null ? null : i.Result.ToString(), i.AmendsInspectionId));
}

[PublicBecause("InspectionList.razor, a public component, takes a list of them as a parameter")]
public sealed record InspectionSummary(
    Guid Id, string Number, string Kind, string Sector, Guid OperatorId, string OperatorName, string PremisesAddress,
    string JurisdictionCode, DateOnly InspectedOn, string Status, string? Result, Guid? AmendsInspectionId);
