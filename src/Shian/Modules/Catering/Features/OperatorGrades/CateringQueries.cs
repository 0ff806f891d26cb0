using Microsoft.EntityFrameworkCore;
using Shian.Modules.Catering.Domain;
using Shian.Shared.Persistence;
using Shian.Shared.Security;

namespace Shian.Modules.Catering.Features.OperatorGrades;

/// <summary>An operator's grades for its file tab and the staff API: scoped to staff; an enterprise reads its own.</summary>
internal sealed class CateringQueries(ShianDbContext db, IDataScope scope)
{
    public async Task<OperatorGradesView?> ForOperatorAsync(Guid operatorId, CancellationToken ct)
    {
        var establishment = await Establishments(operatorId).AsNoTracking().FirstOrDefaultAsync(e => e.OperatorId == operatorId, ct);
        if (establishment is null)
        {
            return null;
        }

        var grades = await Grades(operatorId).AsNoTracking().Where(g => g.OperatorId == operatorId)
            .OrderByDescending(g => g.InspectedOn).ThenByDescending(g => g.GradedAt).ToListAsync(ct);
        var inspections = await Inspections(operatorId).AsNoTracking().Where(i => i.OperatorId == operatorId)
            .ToDictionaryAsync(i => i.InspectionId, ct);

        return new OperatorGradesView(
            operatorId,
            establishment.Name,
            new CurrentGradeView(
                establishment.DynamicGrade.Key(), establishment.DynamicGrade.LabelWithFace(), establishment.DynamicScore,
                establishment.AnnualGrade.Key(), establishment.AnnualGrade.Label(), establishment.LastInspectedOn,
                establishment.PublishedOn, establishment.ActiveSince, establishment.LicensedOn, establishment.GradeNote),
            grades.Select(g => new GradeHistoryView(
                g.Id, g.InspectedOn, g.PublishedOn,
                g.DynamicGrade.Key(), g.DynamicGrade.LabelWithFace(), g.DynamicScore,
                g.AnnualGrade.Key(), g.AnnualGrade.Label(), g.AnnualMean,
                Source(g.InspectionId, inspections),
                g.AnnualInspections.Select(id => Source(id, inspections)).ToList(),
                g.Note, g.Citation, g.StickerDocumentId)).ToList());
    }

    /// <summary>The latest grade the caller may see, tracked (the sticker is attached to it).</summary>
    public Task<CateringGrade?> LatestGradeAsync(Guid operatorId, CancellationToken ct) =>
        Grades(operatorId).Where(g => g.OperatorId == operatorId)
            .OrderByDescending(g => g.InspectedOn).ThenByDescending(g => g.GradedAt).FirstOrDefaultAsync(ct);

    public Task<CateringEstablishment?> EstablishmentAsync(Guid operatorId, CancellationToken ct) =>
        Establishments(operatorId).AsNoTracking().FirstOrDefaultAsync(e => e.OperatorId == operatorId, ct);

    private static InspectionSourceView Source(Guid id, Dictionary<Guid, CateringInspection> inspections) =>
        inspections.TryGetValue(id, out var i)
            ? new InspectionSourceView(id, i.InspectedOn, i.Kind, i.Score, i.KeyItemsFailed, i.Result, i.ResultDocumentCode)
            : new InspectionSourceView(id, null, "", null, 0, "", null);

    // The staff scope filter hides an enterprise's own rows from it; it reads them explicitly.
    private IQueryable<CateringEstablishment> Establishments(Guid operatorId) =>
        scope.OperatorId == operatorId ? db.Set<CateringEstablishment>().Unscoped("an enterprise user reads its own operator's grades") : db.Set<CateringEstablishment>();

    private IQueryable<CateringGrade> Grades(Guid operatorId) =>
        scope.OperatorId == operatorId ? db.Set<CateringGrade>().Unscoped("an enterprise user reads its own operator's grades") : db.Set<CateringGrade>();

    private IQueryable<CateringInspection> Inspections(Guid operatorId) =>
        scope.OperatorId == operatorId ? db.Set<CateringInspection>().Unscoped("an enterprise user reads its own operator's grades") : db.Set<CateringInspection>();
}

internal sealed record OperatorGradesView(Guid OperatorId, string Name, CurrentGradeView Current, IReadOnlyList<GradeHistoryView> History);

internal sealed record CurrentGradeView(
    string DynamicGrade, string DynamicGradeLabel, decimal? DynamicScore, string AnnualGrade, string AnnualGradeLabel,
    DateOnly? LastInspectedOn, DateOnly? PublishedOn, DateOnly ActiveSince, DateOnly? LicensedOn, string? Note);

/// <summary>One grading: the inspection it graded and the inspections its annual mean came from.</summary>
internal sealed record GradeHistoryView(
    Guid Id, DateOnly InspectedOn, DateOnly PublishedOn, string DynamicGrade, string DynamicGradeLabel, decimal? DynamicScore,
    string AnnualGrade, string AnnualGradeLabel, decimal? AnnualMean, InspectionSourceView Inspection,
    IReadOnlyList<InspectionSourceView> AnnualInspections, string? Note, string Citation, Guid? StickerDocumentId);

internal sealed record InspectionSourceView(
    Guid InspectionId, DateOnly? InspectedOn, string Kind, decimal? Score, int KeyItemsFailed, string Result, string? ResultDocumentCode);
