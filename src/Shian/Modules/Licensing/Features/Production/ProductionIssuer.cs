using System.Globalization;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.Documents.Contracts;
using Shian.Modules.Licensing.Contracts;
using Shian.Modules.Licensing.Domain;
using Shian.Modules.Licensing.Features.Numbering;
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
    IJurisdictionDirectory jurisdictions,
    IDocumentIssuer documents,
    IOperatorTimeline timeline,
    NumberSequence sequences)
{
    public async Task<Licence> IssueAsync(LicenceApplication application, OperatorSummary op, DateOnly today, CancellationToken ct)
    {
        var years = await rules.FindAsync("licensing.validity", "production_years", today, ct)
            ?? throw new InvalidOperationException("Rule licensing.validity/production_years is missing.");
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
        licence.DocumentId = (await documents.IssueAsync(await DocumentAsync(licence, op, ct), ct)).Id;
        await timeline.AppendAsync(new OperatorTimelineEvent(
            op.Id, "Licensing", "licensing.production_licence_issued", $"核发食品生产许可证 {licence.Number}",
            $"生产场所：{licence.PremisesAddress}；有效期至 {licence.ValidUntil:yyyy-MM-dd}", $"/verify/licence/{licence.Number}"), ct);
        return licence;
    }

    public async Task<DocumentContent> DocumentAsync(Licence licence, OperatorSummary op, CancellationToken ct)
    {
        var category = await rules.FindAsync("licensing.food_categories", licence.FoodCategory ?? "", licence.IssuedOn, ct);
        var town = await jurisdictions.DisplayNameAsync(licence.JurisdictionCode, ct);
        return new DocumentContent(
            "licensing.food_production_licence",
            licence.Number,
            "食品生产许可证",
            licence.JurisdictionCode,
            op.Id,
            [
                new("生产者名称", op.Name),
                new("社会信用代码", op.CreditCode),
                new("法定代表人（负责人）", op.LegalRepresentative),
                new("住所", op.RegisteredAddress),
                new("生产地址", licence.PremisesAddress),
                new("食品类别", category?.Value ?? licence.FoodCategory ?? ""),
                new("许可证编号", licence.Number),
                new("有效期至", licence.ValidUntil.ToString("yyyy年MM月dd日", CultureInfo.InvariantCulture)),
                new("日常监督管理机构", $"{town}市场监督管理所"),
                new("投诉举报电话", "12315"),
            ],
            null,
            new DateTimeOffset(licence.ValidUntil.ToDateTime(new TimeOnly(23, 59, 59)), ChinaTime.Offset).ToUniversalTime());
    }
}
