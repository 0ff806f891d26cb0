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

        var validity = await RequireAsync("licensing.validity", "years", today, ct);
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
            op.Id, "Licensing", "licensing.licence_issued", $"核发食品经营许可证 {licence.Number}",
            $"经营场所：{licence.PremisesAddress}；有效期至 {licence.ValidUntil:yyyy-MM-dd}" + (licence.ByCommitment ? "；告知承诺审批" : ""),
            $"/verify/licence/{licence.Number}"), ct);

        if (application.Commitment)
        {
            var days = await RequireAsync("licensing.deadlines", "post_approval_check_working_days", today, ct);
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
        var type = await rules.FindAsync("licensing.business_types", licence.BusinessType.ToString(CultureInfo.InvariantCulture), today, ct);
        var items = await rules.GetSetAsync("licensing.items", today, ct);
        var itemNames = licence.BusinessItems.Split(',')
            .Select(i => items.FirstOrDefault(r => r.Key == $"{licence.BusinessType}:{i}")?.Value ?? i);
        var town = await jurisdictions.DisplayNameAsync(licence.JurisdictionCode, ct);
        return new DocumentContent(
            "licensing.food_business_licence",
            licence.Number,
            "食品经营许可证",
            licence.JurisdictionCode,
            op.Id,
            [
                new("经营者名称", op.Name),
                new("统一社会信用代码", op.CreditCode),
                new("法定代表人（负责人）", op.LegalRepresentative),
                new("住所", op.RegisteredAddress),
                new("经营场所", licence.PremisesAddress),
                new("主体业态", type?.Value ?? licence.BusinessType.ToString(CultureInfo.InvariantCulture)),
                new("经营项目", string.Join("；", itemNames)),
                new("许可证编号", licence.Number),
                new("有效期至", licence.ValidUntil.ToString("yyyy年MM月dd日", CultureInfo.InvariantCulture)),
                new("日常监督管理机构", $"{town}市场监督管理所"),
                new("投诉举报电话", "12315"),
            ],
            licence.ByCommitment ? ["本许可证依据告知承诺核发，发证机关将在规定期限内进行核查；承诺不实的，依法撤销许可。"] : null,
            // PostgreSQL stores timestamptz in UTC only; the end of the last day is China time.
            new DateTimeOffset(licence.ValidUntil.ToDateTime(new TimeOnly(23, 59, 59)), ChinaTime.Offset).ToUniversalTime());
    }

    private async Task<RuleValue> RequireAsync(string set, string key, DateOnly today, CancellationToken ct) =>
        await rules.FindAsync(set, key, today, ct) ?? throw new InvalidOperationException($"Rule {set}/{key} is missing.");
}
