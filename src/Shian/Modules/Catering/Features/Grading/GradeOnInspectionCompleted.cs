using Microsoft.EntityFrameworkCore;
using Shian.Modules.Catering.Domain;
using Shian.Modules.Inspections.Contracts;
using Shian.Modules.Operators.Contracts;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Catering.Features.Grading;

/// <summary>
/// Grades a signed-off catering inspection in the sign-off's own save: the inspection's dynamic grade, the annual
/// grade on its day, a history row naming the inspections used, the establishment's current grades, and a
/// timeline entry when a grade changes. Other sectors are not catering-graded. Reads ignore the caller's
/// scope because the caller may be the inspected enterprise acknowledging the result.
/// </summary>
internal sealed class GradeOnInspectionCompleted(
    ShianDbContext db,
    GradingRuleLoader loader,
    EstablishmentGrader grader,
    IOperatorDirectory directory,
    IOperatorTimeline timeline,
    TimeProvider time) : IDomainEventHandler<InspectionCompleted>
{
    public const string CateringSector = "catering";

    public async Task HandleAsync(InspectionCompleted e, CancellationToken ct)
    {
        if (!string.Equals(e.Sector, CateringSector, StringComparison.Ordinal)
            || await db.Set<CateringInspection>().Unscoped("grading runs in the nightly job (no caller) and in the raising save of an event, whatever the caller's scope").AnyAsync(i => i.InspectionId == e.InspectionId, ct))
        {
            return;
        }

        var rules = await loader.LoadAsync(e.InspectedOn, ct);
        var establishment = await EstablishmentAsync(e, ct);
        var dynamic = rules.Dynamic(e.Score, e.KeyItemsFailed, e.InspectedOn, establishment.LicensedOn);
        var result = ResultText(e.Result);
        db.Add(new CateringInspection
        {
            InspectionId = e.InspectionId,
            OperatorId = e.OperatorId,
            JurisdictionCode = e.JurisdictionCode,
            Kind = e.Kind,
            InspectedOn = e.InspectedOn,
            Score = e.Score,
            KeyItemsFailed = e.KeyItemsFailed,
            GeneralItemsFailed = e.GeneralItemsFailed,
            Result = result,
            ResultDocumentCode = e.ResultDocumentCode,
            DynamicGrade = dynamic,
        });

        var (facts, windows) = await grader.FactsAsync([e.OperatorId], ct);
        var own = new GradedInspection(e.InspectionId, e.InspectedOn, e.Score, e.KeyItemsFailed, dynamic, result);
        var state = rules.StateOn(e.InspectedOn, establishment.ActiveSince, facts[e.OperatorId].Append(own), windows[e.OperatorId]);

        // The grading shows this inspection's own grade, unless a no-rating window covers its day (暂停评级).
        var shown = state.Suspension is null ? dynamic : DynamicGrade.Suspended;
        var annual = state.Annual;
        var now = time.GetUtcNow();
        var grade = new CateringGrade
        {
            OperatorId = e.OperatorId,
            JurisdictionCode = e.JurisdictionCode,
            InspectionId = e.InspectionId,
            InspectedOn = e.InspectedOn,
            DynamicGrade = shown,
            DynamicScore = e.Score,
            AnnualGrade = annual.Grade,
            AnnualMean = annual.Mean,
            AnnualInspectionIds = string.Join(',', annual.Inspections.Select(i => i.InspectionId)),
            Note = rules.Note(state with { Latest = own }, dynamic),
            Citation = rules.Citation,
            PublishedOn = now.ChinaDate(),
            GradedAt = now,
        };
        db.Add(grade);

        // A late-arriving older inspection joins the history but does not replace what the public sees.
        if (establishment.LastInspectedOn is { } last && e.InspectedOn < last)
        {
            return;
        }

        var hadGrade = establishment.LatestGradeId is not null;
        var (previousDynamic, previousAnnual) = (establishment.DynamicGrade, establishment.AnnualGrade);
        establishment.Show(grade, result);
        if (!hadGrade || previousDynamic != shown || previousAnnual != annual.Grade)
        {
            // Timeline entries are record data written now: Chinese, whatever the caller's language.
            var score = e.Score?.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) ?? "—";
            await timeline.AppendAsync(new OperatorTimelineEvent(
                e.OperatorId, "Catering", "catering.grade_changed",
                CateringText.Zh("TimelineGrade", shown.ChineseLabelWithFace(), annual.Grade.ChineseLabel()),
                CateringText.Zh("TimelineInspected", ChinaTime.FormatDate(e.InspectedOn), score) +
                (hadGrade ? CateringText.Zh("TimelinePrevious", previousDynamic.ChineseLabelWithFace(), previousAnnual.ChineseLabel()) : ""),
                $"/portal/establishments/{e.OperatorId}"), ct);
        }
    }

    private async Task<CateringEstablishment> EstablishmentAsync(InspectionCompleted e, CancellationToken ct)
    {
        var establishment = await db.Set<CateringEstablishment>().Unscoped("grading runs in the nightly job (no caller) and in the raising save of an event, whatever the caller's scope").FirstOrDefaultAsync(x => x.OperatorId == e.OperatorId, ct);
        var op = await directory.FindAsync(e.OperatorId, ct);
        if (establishment is null)
        {
            establishment = new CateringEstablishment { OperatorId = e.OperatorId, ActiveSince = e.InspectedOn, JurisdictionCode = e.JurisdictionCode };
            db.Add(establishment);
        }

        // The business name and address are public facts of the file; keep the published copy current.
        if (op is not null)
        {
            establishment.Name = op.Name;
            establishment.Address = op.RegisteredAddress;
        }

        if (e.InspectedOn < establishment.ActiveSince)
        {
            establishment.ActiveSince = e.InspectedOn;
        }

        return establishment;
    }

    /// <summary>The result as stored with the catering inspection (Chinese record data: 符合 / 基本符合 / 不符合).</summary>
    private static string ResultText(InspectionResult result) => CateringText.Zh("Result_" + result);
}
