using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Shian.Modules.Catering.Domain;
using Shian.Modules.Operators.Contracts;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Catering.Features.Grading;

/// <summary>
/// Shows a newly computed <see cref="GradeState"/> on an establishment when it differs from what the public sees:
/// a new grade row (the history), the establishment's current grades, and a timeline entry when a grade label
/// changes. Shared by the nightly re-grade and the no-rating-window events; adds to the context, never saves.
/// </summary>
internal sealed class EstablishmentGrader(ShianDbContext db, IOperatorTimeline timeline, TimeProvider time)
{
    /// <summary>Everything grading needs about the operators: inspections and no-rating windows, by operator.</summary>
    public async Task<(ILookup<Guid, GradedInspection> Inspections, ILookup<Guid, SuspensionWindow> Windows)> FactsAsync(
        IReadOnlyCollection<Guid> operatorIds, CancellationToken ct)
    {
        var inspections = await db.Set<CateringInspection>().Unscoped("grading runs in the nightly job (no caller) and in the raising save of an event, whatever the caller's scope").AsNoTracking()
            .Where(i => operatorIds.Contains(i.OperatorId))
            .Select(i => new { i.OperatorId, Inspection = new GradedInspection(i.InspectionId, i.InspectedOn, i.Score, i.KeyItemsFailed, i.DynamicGrade, i.Result) })
            .ToListAsync(ct);
        var windows = await db.Set<CateringSuspension>().Unscoped("grading runs in the nightly job (no caller) and in the raising save of an event, whatever the caller's scope").AsNoTracking()
            .Where(s => operatorIds.Contains(s.OperatorId))
            .Select(s => new { s.OperatorId, Window = new SuspensionWindow(s.From, s.Until, s.Reason) })
            .ToListAsync(ct);
        return (inspections.ToLookup(i => i.OperatorId, i => i.Inspection), windows.ToLookup(w => w.OperatorId, w => w.Window));
    }

    /// <summary>The annual means the establishments' current grades show, by grade row id.</summary>
    public async Task<Dictionary<Guid, decimal?>> ShownMeansAsync(IEnumerable<CateringEstablishment> establishments, CancellationToken ct)
    {
        var ids = establishments.Where(e => e.LatestGradeId is not null).Select(e => e.LatestGradeId!.Value).ToList();
        return await db.Set<CateringGrade>().Unscoped("grading runs in the nightly job (no caller) and in the raising save of an event, whatever the caller's scope").AsNoTracking().Where(g => ids.Contains(g.Id))
            .ToDictionaryAsync(g => g.Id, g => g.AnnualMean, ct);
    }

    /// <summary>
    /// Records <paramref name="state"/> if the dynamic grade, the annual grade or the annual mean differ from what is
    /// shown; <paramref name="trigger"/> says why (<c>regrade</c> or the event's source key). Returns whether it did.
    /// </summary>
    public async Task<bool> ApplyAsync(
        CateringEstablishment establishment, decimal? shownMean, GradeState state, GradingRules rules, string trigger, string reason, DateOnly day,
        CancellationToken ct)
    {
        var hadGrade = establishment.LatestGradeId is not null;
        var unchanged = hadGrade
            ? establishment.DynamicGrade == state.Dynamic && establishment.AnnualGrade == state.Annual.Grade && shownMean == state.Annual.Mean
            : state.Latest is null && state.Suspension is null;
        if (unchanged)
        {
            return false;
        }

        var now = time.GetUtcNow();
        var grade = new CateringGrade
        {
            OperatorId = establishment.OperatorId,
            JurisdictionCode = establishment.JurisdictionCode,
            InspectionId = state.Latest?.InspectionId ?? Guid.Empty,
            InspectedOn = state.Latest?.InspectedOn ?? day,
            DynamicGrade = state.Dynamic,
            DynamicScore = state.Suspension is null ? state.DynamicScore : null,
            AnnualGrade = state.Annual.Grade,
            AnnualMean = state.Annual.Mean,
            AnnualInspectionIds = string.Join(',', state.Annual.Inspections.Select(i => i.InspectionId)),
            Note = rules.Note(state),
            Citation = rules.Citation,
            PublishedOn = now.ChinaDate(),
            GradedAt = now,
            Trigger = trigger,
        };
        db.Add(grade);

        var (previousDynamic, previousAnnual) = (establishment.DynamicGrade, establishment.AnnualGrade);
        establishment.Show(grade, state.Latest?.Result);
        if (!hadGrade || previousDynamic != state.Dynamic || previousAnnual != state.Annual.Grade)
        {
            // Timeline entries are record data written now: Chinese, whatever the caller's language.
            var score = grade.DynamicScore?.ToString("0.##", CultureInfo.InvariantCulture) ?? "—";
            await timeline.AppendAsync(new OperatorTimelineEvent(
                establishment.OperatorId, "Catering", "catering.grade_changed",
                CateringText.Zh("TimelineGrade", state.Dynamic.ChineseLabelWithFace(), state.Annual.Grade.ChineseLabel()),
                CateringText.Zh("TimelineRegraded", ChinaTime.FormatDate(day), reason, score) +
                (hadGrade ? CateringText.Zh("TimelinePrevious", previousDynamic.ChineseLabelWithFace(), previousAnnual.ChineseLabel()) : "") +
                (grade.Note is { } note ? CateringText.Zh("NoteSeparator") + note : ""),
                $"/portal/establishments/{establishment.OperatorId}"), ct);
        }

        return true;
    }
}
