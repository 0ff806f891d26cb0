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
    private static readonly Dictionary<string, string> PenaltyNames = new(StringComparer.Ordinal)
    {
        ["warning"] = "警告",
        ["fine"] = "罚款",
        ["confiscation"] = "没收",
        ["suspension"] = "责令停产停业",
        ["revocation"] = "吊销许可证",
    };

    public Task HandleAsync(IncidentRecorded e, CancellationToken ct) =>
        OpenAsync(e.OperatorId, $"incidents:{e.IncidentId}", CateringSuspension.Incident, e.OccurredOn, "incident_no_rating_months",
            $"发生食品安全事故（{e.Severity}）", ct);

    public async Task HandleAsync(PenaltyDecided e, CancellationToken ct)
    {
        var rules = await loader.LoadAsync(e.DecidedOn, ct);
        var kinds = e.Kinds.Where(rules.PenaltyKinds.Contains).ToList();
        if (kinds.Count == 0)
        {
            return;
        }

        var names = string.Join("、", kinds.Select(k => PenaltyNames.GetValueOrDefault(k, k)));
        await OpenAsync(e.OperatorId, $"penalties:{e.CaseId}", CateringSuspension.Penalty, e.DecidedOn, "penalty_no_rating_months",
            $"受到行政处罚（{names}，{e.DecisionNumber}）", ct);
    }

    private async Task OpenAsync(Guid operatorId, string source, string kind, DateOnly from, string ruleKey, string reason, CancellationToken ct)
    {
        if (await db.Set<CateringSuspension>().IgnoreQueryFilters().AnyAsync(s => s.SourceKey == source, ct))
        {
            return;
        }

        var establishment = await db.Set<CateringEstablishment>().IgnoreQueryFilters().FirstOrDefaultAsync(x => x.OperatorId == operatorId, ct);
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

        var rule = await ruleBook.FindAsync("catering.windows", ruleKey, from, ct)
            ?? throw new ShianException(CateringErrors.RulesMissing, $"餐饮量化分级规则 catering.windows/{ruleKey} 在 {from:yyyy-MM-dd} 无有效版本，请管理员补充规则。", 500);
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
