using System.Globalization;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.Documents.Contracts;
using Shian.Modules.Licensing.Domain;
using Shian.Modules.Operators.Contracts;
using Shian.Shared.Kernel;

namespace Shian.Modules.Licensing.Features.Grant;

/// <summary>
/// What a licence certificate says, for the first issue and every reissue (change, renewal, replacement); the text
/// is Chinese whatever the issuer's UI language. Shared by <see cref="Apply.LicenceIssuer"/>,
/// <see cref="Production.ProductionIssuer"/> and <see cref="Lifecycle.LifecycleEffects"/>.
/// </summary>
internal sealed class LicenceCertificates(IRuleBook rules, IJurisdictionDirectory jurisdictions)
{
    /// <summary>The 食品经营许可证 (JY) as issued today: the licence's current content and holder.</summary>
    public async Task<DocumentContent> BusinessLicenceAsync(Licence licence, OperatorSummary op, DateOnly today, CancellationToken ct)
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

    /// <summary>The 食品生产许可证 (SC): the licence's current content and holder.</summary>
    public async Task<DocumentContent> ProductionLicenceAsync(Licence licence, OperatorSummary op, CancellationToken ct)
    {
        var category = await rules.FindAsync(LicensingRules.FoodCategories, licence.FoodCategory ?? "", licence.IssuedOn, ct);
        var town = await jurisdictions.DisplayNameAsync(licence.JurisdictionCode, ct);
        return new DocumentContent(
            "licensing.food_production_licence",
            licence.Number,
            LicensingText.Zh("licensing.production_licence"),
            licence.JurisdictionCode,
            op.Id,
            [
                new(LicensingText.Zh("licensing.doc_producer_name"), op.Name),
                new(LicensingText.Zh("licensing.doc_social_credit_code"), op.CreditCode),
                new(LicensingText.Zh("licensing.doc_legal_representative"), op.LegalRepresentative),
                new(LicensingText.Zh("licensing.doc_registered_address"), op.RegisteredAddress),
                new(LicensingText.Zh("licensing.doc_production_address"), licence.PremisesAddress),
                new(LicensingText.Zh("licensing.doc_food_category"), category?.Value ?? licence.FoodCategory ?? ""),
                new(LicensingText.Zh("licensing.doc_licence_number"), licence.Number),
                new(LicensingText.Zh("licensing.doc_valid_until"), LicensingText.Zh("licensing.doc_valid_until_format", licence.ValidUntil)),
                new(LicensingText.Zh("licensing.doc_supervisor"), LicensingText.Zh("licensing.doc_supervisor_office", town)),
                new(LicensingText.Zh("licensing.doc_complaints_phone"), "12315"),
            ],
            null,
            new DateTimeOffset(licence.ValidUntil.ToDateTime(new TimeOnly(23, 59, 59)), ChinaTime.Offset).ToUniversalTime());
    }
}
