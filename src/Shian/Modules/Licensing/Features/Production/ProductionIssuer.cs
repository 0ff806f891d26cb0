using Shian.Modules.Administration.Contracts;
using Shian.Modules.Documents.Contracts;
using Shian.Modules.Licensing.Contracts;
using Shian.Modules.Licensing.Domain;
using Shian.Modules.Licensing.Features.Grant;
using Shian.Modules.Operators.Contracts;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Licensing.Features.Production;

/// <summary>
/// Grants an approved SC application: numbers it (<see cref="ProductionLicenceNumber"/>), issues the 食品生产许可证
/// PDF and adds the timeline event. Inside the approval's transaction, so the counter row stays locked.
/// </summary>
internal sealed class ProductionIssuer(
    ShianDbContext db,
    IRuleBook rules,
    IDocumentIssuer documents,
    IOperatorTimeline timeline,
    LicenceCertificates certificates,
    NumberSequence sequences)
{
    public async Task<Licence> IssueAsync(LicenceApplication application, OperatorSummary op, DateOnly today, CancellationToken ct)
    {
        var years = await rules.RequireAsync(LicensingRules.Validity, "production_years", today, ct);
        var category = application.FoodCategory ?? throw new InvalidOperationException("A production application has a food category.");
        var prefix = ProductionLicenceNumber.Prefix(category, JurisdictionCodes.DistrictOf(application.JurisdictionCode));
        var licence = new Licence
        {
            Number = ProductionLicenceNumber.Compose(prefix, await sequences.NextAsync(prefix, ProductionLicenceNumber.MaxSequence, ct)),
            OperatorId = op.Id,
            ApplicationId = application.Id,
            OperatorName = op.Name,
            PremisesAddress = application.PremisesAddress,
            JurisdictionCode = application.JurisdictionCode,
            BusinessType = 0,
            BusinessItems = "",
            FoodCategory = category,
            IssuedOn = today,
            ValidUntil = today.AddYears(years.AsInt()).AddDays(-1),
            ByCommitment = false,
        };
        db.Add(licence);
        db.Raise(new LicenceIssued(licence.Id, licence.Number, licence.OperatorId, licence.JurisdictionCode, licence.IssuedOn, licence.ValidUntil, licence.ByCommitment,
            LicenceCategories.Production));
        application.AttachLicence(licence.Id);
        licence.DocumentId = (await documents.IssueAsync(await certificates.ProductionLicenceAsync(licence, op, ct), ct)).Id;
        await timeline.AppendAsync(new OperatorTimelineEvent(
            op.Id, "Licensing", "licensing.production_licence_issued", LicensingText.Zh("licensing.timeline_production_licence_issued", licence.Number),
            LicensingText.Zh("licensing.timeline_production_licence_issued_detail", licence.PremisesAddress, ChinaTime.FormatDate(licence.ValidUntil)),
            $"/verify/licence/{licence.Number}"), ct);
        return licence;
    }
}
