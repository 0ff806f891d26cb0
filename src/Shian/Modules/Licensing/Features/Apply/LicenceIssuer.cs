using Shian.Modules.Administration.Contracts;
using Shian.Modules.Documents.Contracts;
using Shian.Modules.Licensing.Contracts;
using Shian.Modules.Licensing.Domain;
using Shian.Modules.Licensing.Features.Grant;
using Shian.Modules.Operators.Contracts;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Licensing.Features.Apply;

/// <summary>
/// Grants an approved application: numbers the licence, issues its PDF, adds the operator timeline event and,
/// for commitment approvals, the post-approval check. New applications only; <see cref="LicenceGrant"/> decides which issuer an approval needs. Must run inside the caller's open transaction, so the
/// counter row stays locked until the licence that used the number commits.
/// </summary>
internal sealed class LicenceIssuer(
    ShianDbContext db,
    IRuleBook rules,
    IWorkingDayCalendar calendar,
    IDocumentIssuer documents,
    IOperatorTimeline timeline,
    IOperatorInbox inbox,
    LicenceCertificates certificates,
    NumberSequence sequences)
{
    public async Task<Licence> IssueAsync(LicenceApplication application, OperatorSummary op, DateOnly today, CancellationToken ct)
    {
        if (application.Kind != ApplicationKind.New)
        {
            throw new InvalidOperationException($"{application.Kind} applications are granted by {nameof(LicenceGrant)}, not issued as a new licence.");
        }

        var validity = await rules.RequireAsync(LicensingRules.Validity, "years", today, ct);
        var prefix = LicenceNumber.Prefix(application.BusinessType, JurisdictionCodes.DistrictOf(application.JurisdictionCode));
        var licence = new Licence
        {
            Number = LicenceNumber.Compose(prefix, await sequences.NextAsync(prefix, LicenceNumber.MaxSequence, ct)),
            OperatorId = op.Id,
            ApplicationId = application.Id,
            OperatorName = op.Name,
            PremisesAddress = application.PremisesAddress,
            JurisdictionCode = application.JurisdictionCode,
            BusinessType = application.BusinessType,
            BusinessItems = application.BusinessItems,
            IssuedOn = today,
            ValidUntil = today.AddYears(validity.AsInt()).AddDays(-1),
            ByCommitment = application.Commitment,
        };
        db.Add(licence);
        db.Raise(new LicenceIssued(licence.Id, licence.Number, licence.OperatorId, licence.JurisdictionCode, licence.IssuedOn, licence.ValidUntil, licence.ByCommitment,
            LicenceCategories.OfBusinessType(licence.BusinessType)));
        application.AttachLicence(licence.Id);

        var document = await documents.IssueAsync(await certificates.BusinessLicenceAsync(licence, op, today, ct), ct);
        licence.DocumentId = document.Id;

        await timeline.AppendAsync(new OperatorTimelineEvent(
            op.Id, "Licensing", "licensing.licence_issued", LicensingText.Zh("licensing.timeline_licence_issued", licence.Number),
            LicensingText.Zh("licensing.timeline_licence_issued_detail", licence.PremisesAddress, ChinaTime.FormatDate(licence.ValidUntil))
                + (licence.ByCommitment ? LicensingText.Zh("licensing.timeline_by_commitment") : ""),
            $"/verify/licence/{licence.Number}"), ct);

        // The enterprise learns of its licence where it reads the bureau's messages, with the link to download it.
        await inbox.PostAsync(new OperatorInboxMessage(
            op.Id, "Licensing", "licensing.licence_issued", LicensingText.Zh("licensing.inbox_licence_issued", licence.Number),
            LicensingText.Zh("licensing.inbox_licence_issued_detail", licence.Number, ChinaTime.FormatDate(licence.ValidUntil)),
            "/licensing/my"), ct);

        if (application.Commitment)
        {
            var days = await rules.RequireAsync(LicensingRules.Deadlines, "post_approval_check_working_days", today, ct);
            db.Add(new PostApprovalCheck
            {
                LicenceId = licence.Id,
                LicenceNumber = licence.Number,
                OperatorId = op.Id,
                OperatorName = op.Name,
                PremisesAddress = licence.PremisesAddress,
                JurisdictionCode = licence.JurisdictionCode,
                DueOn = await calendar.AddWorkingDaysAsync(today, days.AsInt(), ct),
            });
        }

        return licence;
    }
}
