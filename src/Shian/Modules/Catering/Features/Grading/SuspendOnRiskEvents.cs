using Microsoft.EntityFrameworkCore;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.Catering.Domain;
using Shian.Modules.Incidents.Contracts;
using Shian.Modules.Operators.Contracts;
using Shian.Modules.Penalties.Contracts;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Catering.Features.Grading;

/// <summary>
/// No-rating windows (cn_rules §3): a food-safety incident suspends the catering grades for
/// <c>catering.windows/incident_no_rating_months</c>, a warning-or-worse penalty for <c>penalty_no_rating_months</c>,
/// from the event's day. Recorded once per source event, then the establishment is re-graded on today, in the
/// raising save. Operators that are not catering businesses are ignored.
/// </summary>
internal sealed class SuspendOnRiskEvents(
    ShianDbContext db,
    GradingRuleLoader loader,
    IRuleBook ruleBook,
    IOperatorDirectory directory,
    EstablishmentGrader grader,
    TimeProvider time) : IDomainEventHandler<IncidentRecorded>, IDomainEventHandler<PenaltyDecided>
{
    public Task HandleAsync(IncidentRecorded e, CancellationToken ct) =>
        OpenAsync(e.OperatorId, $"incidents:{e.IncidentId}", CateringSuspension.Incident, e.OccurredOn, "incident_no_rating_months",
            CateringText.Zh("SuspendedIncident", e.Severity), ct);

    public async Task HandleAsync(PenaltyDecided e, CancellationToken ct)
    {
        var rules = await loader.LoadAsync(e.DecidedOn, ct);
        var kinds = e.Kinds.Where(rules.PenaltyKinds.Contains).ToList();
        if (kinds.Count == 0)
        {
            return;
        }

        // The reason is stored with the window and shown in its note: Chinese record data.
        var names = string.Join(CateringText.Zh("ListSeparator"), kinds.Select(PenaltyName));
        await OpenAsync(e.OperatorId, $"penalties:{e.CaseId}", CateringSuspension.Penalty, e.DecidedOn, "penalty_no_rating_months",
            CateringText.Zh("SuspendedPenalty", names, e.DecisionNumber), ct);
    }

    /// <summary>The Chinese name of a penalty kind (resources <c>Penalty_*</c>), or the kind itself when unknown.</summary>
    private static string PenaltyName(string kind) => CateringText.Zh("Penalty_" + kind) is var name && name != "Penalty_" + kind ? name : kind;

    private async Task OpenAsync(Guid operatorId, string source, string kind, DateOnly from, string ruleKey, string reason, CancellationToken ct)
    {
        if (await db.Set<CateringSuspension>().Unscoped("grading runs in the nightly job (no caller) and in the raising save of an event, whatever the caller's scope").AnyAsync(s => s.SourceKey == source, ct))
        {
            return;
        }

        var establishment = await db.Set<CateringEstablishment>().Unscoped("grading runs in the nightly job (no caller) and in the raising save of an event, whatever the caller's scope").FirstOrDefaultAsync(x => x.OperatorId == operatorId, ct);
        if (establishment is null)
        {
            var op = await directory.FindAsync(operatorId, ct);
            if (op is null || !op.Categories.Contains(GradeOnInspectionCompleted.CateringSector))
            {
                return;
            }

            establishment = new CateringEstablishment
            {
                OperatorId = operatorId,
                Name = op.Name,
                Address = op.RegisteredAddress,
                JurisdictionCode = op.JurisdictionCode,
                ActiveSince = from,
            };
            db.Add(establishment);
        }

        var rule = await ruleBook.RequireAsync(CateringRules.Windows, ruleKey, from, ct);
        var suspension = new CateringSuspension
        {
            OperatorId = operatorId,
            JurisdictionCode = establishment.JurisdictionCode,
            SourceKey = source,
            Kind = kind,
            From = from,
            Until = from.AddMonths(rule.AsInt()),
            Reason = reason.Length > 200 ? reason[..200] : reason,
            Citation = rule.Citation,
            RecordedAt = time.GetUtcNow(),
        };
        db.Add(suspension);

        var today = time.ChinaToday();
        var rules = await loader.LoadAsync(today, ct);
        var (inspections, windows) = await grader.FactsAsync([operatorId], ct);
        var state = rules.StateOn(today, establishment.ActiveSince, inspections[operatorId], windows[operatorId].Append(suspension.Window));
        var means = await grader.ShownMeansAsync([establishment], ct);
        var shownMean = establishment.LatestGradeId is { } g ? means.GetValueOrDefault(g) : null;
        await grader.ApplyAsync(establishment, shownMean, state, rules, source, reason, today, ct);
    }
}
