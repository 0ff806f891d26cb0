using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Shian.Modules.Catering.Contracts;
using Shian.Modules.Catering.Domain;
using Shian.Modules.Catering.Features.Grading;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Catering.Features.Published;

/// <summary>
/// <see cref="ICateringGrades"/>: published grades are public by rule, so these reads deliberately ignore the
/// caller's jurisdiction scope, and they project only public columns (no operator personal data is stored here).
/// Establishments whose name is not known yet (a new file before its first inspection) are not listed.
/// </summary>
internal sealed class PublishedCateringGrades(ShianDbContext db, GradingRuleLoader loader) : ICateringGrades
{
    public async Task<PagedList<PublishedEstablishment>> SearchAsync(PublishedEstablishmentFilter filter, PageRequest page, CancellationToken ct)
    {
        var query = Published();
        if (filter.Name is { Length: > 0 } name)
        {
            query = query.Where(e => e.Name.Contains(name));
        }

        if (filter.JurisdictionPrefix is { Length: > 0 } prefix)
        {
            query = query.Where(e => e.JurisdictionCode.StartsWith(prefix));
        }

        if (filter.Grade is { Length: > 0 } grade)
        {
            query = grade switch
            {
                "A" => query.Where(e => e.AnnualGrade == AnnualGrade.A),
                "B" => query.Where(e => e.AnnualGrade == AnnualGrade.B),
                "C" => query.Where(e => e.AnnualGrade == AnnualGrade.C),
                "not_rated" => query.Where(e => e.AnnualGrade == AnnualGrade.NotRated),
                _ => WithDynamic(query, ParseDynamic(grade)),
            };
        }

        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(e => e.Name).ThenBy(e => e.OperatorId).Skip(page.Skip).Take(page.SafePageSize).ToListAsync(ct);
        return new PagedList<PublishedEstablishment>(rows.Select(View).ToList(), page.SafePage, page.SafePageSize, total);
    }

    public async Task<PublishedEstablishment?> FindAsync(Guid operatorId, CancellationToken ct) =>
        await Published().FirstOrDefaultAsync(e => e.OperatorId == operatorId, ct) is { } row ? View(row) : null;

    public async Task<IReadOnlyList<PublishedInspection>> InspectionsAsync(Guid operatorId, CancellationToken ct)
    {
        var rows = await db.Set<CateringInspection>().Unscoped("published catering grades are public by rule; only public columns are read").AsNoTracking()
            .Where(i => i.OperatorId == operatorId)
            .OrderByDescending(i => i.InspectedOn).ThenByDescending(i => i.Id)
            .ToListAsync(ct);
        return rows.Select(InspectionView).ToList();
    }

    public async IAsyncEnumerable<PublishedEstablishment> StreamAsync([EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var row in Published().OrderBy(e => e.Name).ThenBy(e => e.OperatorId).AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return View(row);
        }
    }

    public async IAsyncEnumerable<PublishedInspection> StreamInspectionsAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var published = Published().Select(e => e.OperatorId);
        var rows = db.Set<CateringInspection>().Unscoped("published catering grades are public by rule; only public columns are read").AsNoTracking()
            .Where(i => published.Contains(i.OperatorId))
            .OrderBy(i => i.OperatorId).ThenBy(i => i.InspectedOn).ThenBy(i => i.Id)
            .AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(ct))
        {
            yield return InspectionView(row);
        }
    }

    public async Task<GradeLegend> LegendAsync(DateOnly on, CancellationToken ct)
    {
        var r = await loader.LoadAsync(on, ct);
        return new GradeLegend(
            [
                new("excellent", DynamicGrade.Excellent.LabelWithFace(), r.ExcellentMin, 100),
                new("good", DynamicGrade.Good.LabelWithFace(), r.GoodMin, r.ExcellentMin),
                new("fair", DynamicGrade.Fair.LabelWithFace(), r.FairMin, r.GoodMin),
                new("rectifying", DynamicGrade.Rectifying.Label(), 0, r.FairMin),
            ],
            [
                new("A", AnnualGrade.A.Label(), r.AnnualAMin, 100),
                new("B", AnnualGrade.B.Label(), r.AnnualBMin, r.AnnualAMin),
                new("C", AnnualGrade.C.Label(), r.AnnualCMin, r.AnnualBMin),
            ],
            r.KeyItemsFailedNoGrade, r.NewLicencePendingMonths, r.AnnualWindowMonths, r.MinActivityMonths, r.Citation);
    }

    private IQueryable<CateringEstablishment> Published() =>
        db.Set<CateringEstablishment>().Unscoped("published catering grades are public by rule; only public columns are read").AsNoTracking().Where(e => e.Name != "");

    private static IQueryable<CateringEstablishment> WithDynamic(IQueryable<CateringEstablishment> query, DynamicGrade grade) =>
        query.Where(e => e.DynamicGrade == grade);

    private static DynamicGrade ParseDynamic(string key) => key switch
    {
        "excellent" => DynamicGrade.Excellent,
        "good" => DynamicGrade.Good,
        "fair" => DynamicGrade.Fair,
        "rectifying" => DynamicGrade.Rectifying,
        "pending" => DynamicGrade.Pending,
        "suspended" => DynamicGrade.Suspended,
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "unknown grade key"),
    };

    private static PublishedEstablishment View(CateringEstablishment e) => new(
        e.OperatorId, e.Name, e.Address, e.JurisdictionCode,
        e.DynamicGrade.Key(), e.DynamicGrade.Label(), e.DynamicGrade.Face(), e.DynamicScore,
        e.AnnualGrade.Key(), e.AnnualGrade.Label(), e.LastInspectedOn, e.LastResult, e.PublishedOn, e.LicensedOn, e.GradeNote);

    private static PublishedInspection InspectionView(CateringInspection i) => new(
        i.OperatorId, i.InspectionId, i.InspectedOn, i.Kind, i.Score, i.Result, i.DynamicGrade.Key(), i.DynamicGrade.Label());
}
