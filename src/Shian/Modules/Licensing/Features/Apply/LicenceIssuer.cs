using System.Globalization;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.Documents.Contracts;
using Shian.Modules.Licensing.Contracts;
using Shian.Modules.Licensing.Domain;
using Shian.Modules.Operators.Contracts;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Licensing.Features.Apply;

/// <summary>
/// Grants an approved application: numbers the licence, issues its PDF, adds the operator timeline event and,
/// for commitment approvals, the post-approval check. Must run inside the caller's open transaction, so the
/// counter row stays locked until the licence that used the number commits.
/// </summary>
internal sealed class LicenceIssuer(
    ShianDbContext db,
    IRuleBook rules,
    IWorkingDayCalendar calendar,
    IJurisdictionDirectory jurisdictions,
    IDocumentIssuer documents,
    IOperatorTimeline timeline,
    IServiceProvider services,
    Numbering.NumberSequence sequences)
{
    public async Task<Licence> IssueAsync(LicenceApplication application, OperatorSummary op, DateOnly today, CancellationToken ct)
    {
        if (application.Kind != ApplicationKind.New)
        {
            // Change, renewal, replacement, cancellation and SC licences have their own effect, also when a reviewer
            // approves them; resolved here because LifecycleEffects uses this class for the JY certificate.
            return await services.GetRequiredService<Lifecycle.LifecycleEffects>().ApplyAsync(application, op, today, ct);
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

        var document = await documents.IssueAsync(await DocumentAsync(licence, op, today, ct), ct);
        licence.DocumentId = document.Id;

        await timeline.AppendAsync(new OperatorTimelineEvent(
            op.Id, "Licensing", "licensing.licence_issued", LicensingText.Zh("licensing.timeline_licence_issued", licence.Number),
            LicensingText.Zh("licensing.timeline_licence_issued_detail", licence.PremisesAddress, ChinaTime.FormatDate(licence.ValidUntil))
                + (licence.ByCommitment ? LicensingText.Zh("licensing.timeline_by_commitment") : ""),
            $"/verify/licence/{licence.Number}"), ct);

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

    internal async Task<DocumentContent> DocumentAsync(Licence licence, OperatorSummary op, DateOnly today, CancellationToken ct)
    {
        var type = await rules.FindAsync(LicensingRules.BusinessTypes, licence.BusinessType.ToString(CultureInfo.InvariantCulture), today, ct);
        var items = await rules.GetSetAsync(LicensingRules.Items, today, ct);
        var itemNames = licence.BusinessItems.Split(',')
            .Select(i => items.FirstOrDefault(r => r.Key == $"{licence.BusinessType}:{i}")?.Value ?? i);
        var town = await jurisdictions.DisplayNameAsync(licence.JurisdictionCode, ct);
        return new DocumentContent(
            "licensing.food_business_licence",
            licence.Number,
            LicensingText.Zh("licensing.business_licence"),
            licence.JurisdictionCode,
            op.Id,
            [
                new(LicensingText.Zh("licensing.doc_operator_name"), op.Name),
                new(LicensingText.Zh("licensing.doc_credit_code"), op.CreditCode),
                new(LicensingText.Zh("licensing.doc_legal_representative"), op.LegalRepresentative),
                new(LicensingText.Zh("licensing.doc_registered_address"), op.RegisteredAddress),
                new(LicensingText.Zh("licensing.doc_premises"), licence.PremisesAddress),
                new(LicensingText.Zh("licensing.doc_business_type"), type?.Value ?? licence.BusinessType.ToString(CultureInfo.InvariantCulture)),
                new(LicensingText.Zh("licensing.doc_business_items"), string.Join("；", itemNames)),
                new(LicensingText.Zh("licensing.doc_licence_number"), licence.Number),
                new(LicensingText.Zh("licensing.doc_valid_until"), LicensingText.Zh("licensing.doc_valid_until_format", licence.ValidUntil)),
                new(LicensingText.Zh("licensing.doc_supervisor"), LicensingText.Zh("licensing.doc_supervisor_office", town)),
                new(LicensingText.Zh("licensing.doc_complaints_phone"), "12315"),
            ],
            licence.ByCommitment ? [LicensingText.Zh("licensing.doc_commitment_note")] : null,
            // PostgreSQL stores timestamptz in UTC only; the end of the last day is China time.
            new DateTimeOffset(licence.ValidUntil.ToDateTime(new TimeOnly(23, 59, 59)), ChinaTime.Offset).ToUniversalTime());
    }
}
