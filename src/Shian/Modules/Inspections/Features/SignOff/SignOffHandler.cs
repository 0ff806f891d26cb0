using Microsoft.EntityFrameworkCore;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.Inspections.Contracts;
using Shian.Modules.Inspections.Domain;
using Shian.Modules.Inspections.Features.FillItems;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;
using Shian.Shared.Security;

namespace Shian.Modules.Inspections.Features.SignOff;

/// <summary>
/// Signs an inspection off: derives the result, fixes the record, issues both documents, opens the follow-up
/// (re-inspection task, pending penalty referral) and raises <see cref="InspectionCompleted"/>, all in one save.
/// </summary>
internal sealed class SignOffHandler(
    ShianDbContext db,
    CurrentUser user,
    TimeProvider time,
    IRuleBook rules,
    IWorkingDayCalendar calendar,
    InspectionDrafts drafts,
    InspectionDocuments documents)
{
    public async Task HandleAsync(Guid id, SignOffRequest request, CancellationToken ct)
    {
        var inspection = await drafts.OpenDraftAsync(id, ct);
        await SignOffAsync(inspection, request, time.GetUtcNow(), user.Name, ct);
    }

    /// <summary>
    /// The sign-off itself, once the caller is known to be on the team; the demo data set signs its sample
    /// inspections through here in the inspectors' names, so they get the same result, documents and follow-up.
    /// </summary>
    public async Task SignOffAsync(Inspection inspection, SignOffRequest request, DateTimeOffset signedAt, string signedBy, CancellationToken ct)
    {
        var id = inspection.Id;
        var items = await db.Set<InspectionItem>().Where(i => i.InspectionId == id).OrderBy(i => i.Order).ToListAsync(ct);
        CheckCoverage(inspection, items);
        var (acknowledgedBy, refusalReason) = Acknowledgement(request);

        var findings = items.Select(i => i.Finding).ToList();
        var result = InspectionOutcomeRules.Derive(findings);
        var failed = items.Where(i => i.Outcome == ItemOutcome.DoesNotConform).ToList();
        var measures = string.IsNullOrWhiteSpace(request.Measures) ? null : request.Measures.Trim();
        DateOnly? rectificationDue = null;
        if (failed.Count > 0)
        {
            if (measures is null || request.RectificationWorkingDays is null)
            {
                throw ShianException.Invalid(InspectionsErrors.RectificationRequired, "rectificationWorkingDays");
            }

            rectificationDue = await calendar.AddWorkingDaysAsync(inspection.InspectedOn, request.RectificationWorkingDays.Value, ct);
        }

        var publicationDays = await rules.RequireIntAsync(
            InspectionsRules.Publication, InspectionsRules.PublicationWorkingDays, inspection.InspectedOn, ct);
        var publishBy = await calendar.AddWorkingDaysAsync(inspection.InspectedOn, publicationDays, ct);

        inspection.SignOff(new SignOffFacts(
            result, failed.Count(i => i.IsKey), failed.Count(i => !i.IsKey), InspectionOutcomeRules.Score(findings), measures,
            failed.Count > 0 ? request.RectificationWorkingDays : null, rectificationDue, acknowledgedBy, request.RefusedToSign,
            refusalReason, signedAt, signedBy, publishBy));

        var (record, resultDoc) = await documents.IssueAsync(inspection, items, ct);
        inspection.AttachDocuments(record.Id, record.VerificationCode, resultDoc.Id, resultDoc.VerificationCode);

        if (rectificationDue is { } due)
        {
            db.Add(new ReInspectionTask
            {
                InspectionId = inspection.Id,
                InspectionNumber = inspection.Number,
                OperatorId = inspection.OperatorId,
                OperatorName = inspection.OperatorName,
                PremisesId = inspection.PremisesId,
                JurisdictionCode = inspection.JurisdictionCode,
                DueOn = due,
                Measures = measures!,
            });
        }

        if (result == InspectionResult.DoesNotConform)
        {
            Refer(inspection, failed);
        }

        await CloseReInspectionTaskAsync(inspection, ct);

        db.Raise(new InspectionCompleted(
            inspection.Id, inspection.OperatorId, inspection.PremisesId, inspection.JurisdictionCode, inspection.Kind,
            inspection.Sector, result, inspection.KeyItemsFailed, inspection.GeneralItemsFailed, inspection.Score,
            inspection.InspectedOn, publishBy, inspection.Inspectors, inspection.SourceReference, inspection.ResultDocumentCode));
        await db.SaveChangesAsync(ct);
    }

    private static void CheckCoverage(Inspection inspection, List<InspectionItem> items)
    {
        var open = items.Count(i => i.Outcome is null);
        if (InspectionKinds.MaySkipItems(inspection.Kind))
        {
            if (open == items.Count)
            {
                throw ShianException.Rule(InspectionsErrors.ItemsIncomplete, InspectionsText.Get("ItemsIncompleteFlying"));
            }

            return;
        }

        if (open > 0)
        {
            throw ShianException.Rule(InspectionsErrors.ItemsIncomplete, InspectionsText.Get("ItemsIncompleteOpen", open));
        }
    }

    private static (string? AcknowledgedBy, string? RefusalReason) Acknowledgement(SignOffRequest request)
    {
        if (request.RefusedToSign)
        {
            return string.IsNullOrWhiteSpace(request.RefusalReason)
                ? throw ShianException.InvalidFields(
                    InspectionsErrors.AcknowledgementRequired, [("refusalReason", "inspections.refusal_reason_required")])
                : (null, request.RefusalReason.Trim());
        }

        return string.IsNullOrWhiteSpace(request.AcknowledgedBy)
            ? throw ShianException.InvalidFields(
                InspectionsErrors.AcknowledgementRequired, [("acknowledgedBy", "inspections.acknowledged_by_required")])
            : (request.AcknowledgedBy.Trim(), null);
    }

    private void Refer(Inspection inspection, List<InspectionItem> failed)
    {
        var grounds = failed.Where(i => i.IsKey || i.AffectsSafety).ToList();
        // The reason is record data handed to the Penalties module: Chinese, whatever the inspector's language.
        var reason = InspectionsText.Zh("ReferralReason", string.Join(
            InspectionsText.Zh("ReferralGroundSeparator"),
            grounds.Select(i => InspectionsText.Zh(i.IsKey ? "ReferralGroundKey" : "ReferralGroundSafety", i.Number, i.Text, i.Citation))));
        var referral = new PenaltyReferral
        {
            InspectionId = inspection.Id,
            InspectionNumber = inspection.Number,
            OperatorId = inspection.OperatorId,
            OperatorName = inspection.OperatorName,
            JurisdictionCode = inspection.JurisdictionCode,
            Reason = reason.Length > 2000 ? reason[..2000] : reason,
            ProposedAt = time.GetUtcNow(),
        };
        db.Add(referral);
        db.Raise(new PenaltyReferralProposed(
            referral.Id, inspection.Id, inspection.OperatorId, inspection.JurisdictionCode, inspection.InspectedOn,
            referral.Reason, [.. grounds.Select(i => i.Number)]));
    }

    private async Task CloseReInspectionTaskAsync(Inspection inspection, CancellationToken ct)
    {
        if (inspection.SourceReference is { } source &&
            source.StartsWith(ReInspectionTask.SourcePrefix, StringComparison.Ordinal) &&
            Guid.TryParse(source[ReInspectionTask.SourcePrefix.Length..], out var taskId) &&
            await db.Set<ReInspectionTask>().FirstOrDefaultAsync(t => t.Id == taskId && t.Status == ReInspectionTask.Open, ct) is { } task)
        {
            task.Close(inspection.Id);
        }
    }
}
