using Shian.Modules.Complaints.Contracts;
using Shian.Modules.Incidents.Contracts;
using Shian.Modules.Inspections.Contracts;
using Shian.Modules.Operators.Contracts;
using Shian.Modules.Penalties.Contracts;
using Shian.Modules.RiskGrading.Domain;
using Shian.Modules.Sampling.Contracts;
using Shian.Shared.Kernel;

namespace Shian.Modules.RiskGrading.Features.Regrade;

/// <summary>A newcomer is graded at once from its static score (cn_rules §1.1: new operators by static factors).</summary>
internal sealed class GradeNewOperator(RiskGrader grader) : IDomainEventHandler<OperatorRegistered>
{
    public Task HandleAsync(OperatorRegistered e, CancellationToken ct) =>
        // The file is not saved yet, so Operators' directory cannot read it: the event carries what the static
        // score needs except the legal form and credit code, which the job fills in on its next run.
        grader.RegradeAsync(
            e.OperatorId, "registration", RiskGradingTexts.Zh("Reason_Registration"),
            new OperatorProfile(e.OperatorId, "", e.JurisdictionCode, e.Categories, null, e.RegisteredAt), ct);
}

/// <summary>Records a signed-off inspection and re-grades: its result sets the inspection part of the dynamic score.</summary>
internal sealed class RegradeOnInspection(RiskGrader grader) : IDomainEventHandler<InspectionCompleted>
{
    public async Task HandleAsync(InspectionCompleted e, CancellationToken ct)
    {
        var recorded = await grader.RecordAsync(new RiskEvent
        {
            OperatorId = e.OperatorId,
            JurisdictionCode = e.JurisdictionCode,
            Kind = RiskEventKinds.Inspection,
            SourceKey = $"inspections:{e.InspectionId}",
            OccurredOn = e.InspectedOn,
            RecordedAt = grader.Now,
            Result = e.Result.ToString(),
            InspectionKind = e.Kind,
            KeyItemsFailed = e.KeyItemsFailed,
            GeneralItemsFailed = e.GeneralItemsFailed,
            Description = RiskGradingTexts.Zh("Event_Inspection", InspectionKindNames.Record(e.Kind), ResultLabel(e.Result), e.KeyItemsFailed, e.GeneralItemsFailed),
        }, ct);
        if (recorded)
        {
            await grader.RegradeAsync(e.OperatorId, $"inspections:{e.InspectionId}", RiskGradingTexts.Zh("Reason_Inspection", ResultLabel(e.Result)), null, ct);
        }
    }

    private static string ResultLabel(InspectionResult result) =>
        RiskGradingTexts.Zh("Result_" + (result is InspectionResult.Conforms or InspectionResult.BasicallyConforms ? result : InspectionResult.DoesNotConform));
}

/// <summary>Sampling failures, penalties, verified complaints and incidents: record once, re-grade.</summary>
internal sealed class RegradeOnRiskEvents(RiskGrader grader) :
    IDomainEventHandler<SamplingFailed>, IDomainEventHandler<PenaltyDecided>, IDomainEventHandler<ComplaintVerified>, IDomainEventHandler<IncidentRecorded>
{
    public Task HandleAsync(SamplingFailed e, CancellationToken ct) =>
        RecordAndRegradeAsync(e.OperatorId, $"sampling:{e.SampleId}", RiskEventKinds.SamplingFailure, e.DecidedOn, e.Level, false,
            RiskGradingTexts.Zh("Event_Sampling", e.Product, e.Level), ct);

    public Task HandleAsync(PenaltyDecided e, CancellationToken ct) =>
        RecordAndRegradeAsync(e.OperatorId, $"penalties:{e.CaseId}", RiskEventKinds.Penalty, e.DecidedOn, string.Join(',', e.Kinds), e.Intentional,
            RiskGradingTexts.Zh("Event_Penalty", e.DecisionNumber, string.Join(RiskGradingTexts.Zh("ListSeparator"), e.Kinds)), ct);

    public Task HandleAsync(ComplaintVerified e, CancellationToken ct) =>
        RecordAndRegradeAsync(e.OperatorId, $"complaints:{e.ComplaintId}", RiskEventKinds.Complaint, e.VerifiedOn, null, false, RiskGradingTexts.Zh("Event_Complaint"), ct);

    public Task HandleAsync(IncidentRecorded e, CancellationToken ct) =>
        RecordAndRegradeAsync(e.OperatorId, $"incidents:{e.IncidentId}", RiskEventKinds.Incident, e.OccurredOn, e.Severity, false,
            RiskGradingTexts.Zh("Event_Incident", e.Severity), ct);

    private async Task RecordAndRegradeAsync(
        Guid operatorId, string source, string kind, DateOnly on, string? detail, bool intentional, string description, CancellationToken ct)
    {
        var profile = await grader.ProfileAsync(operatorId, ct)
            ?? throw ShianException.NotFound(RiskGradingErrors.OperatorNotFound);
        var recorded = await grader.RecordAsync(new RiskEvent
        {
            OperatorId = operatorId,
            JurisdictionCode = profile.JurisdictionCode,
            Kind = kind,
            SourceKey = source,
            OccurredOn = on,
            RecordedAt = grader.Now,
            Detail = detail is { Length: > 200 } ? detail[..200] : detail,
            Intentional = intentional,
            Description = description.Length > 500 ? description[..500] : description,
        }, ct);
        if (recorded)
        {
            await grader.RegradeAsync(operatorId, source, description, profile, ct);
        }
    }
}
