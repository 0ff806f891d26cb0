using System.Globalization;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.Documents.Contracts;
using Shian.Modules.Operators.Contracts;
using Shian.Modules.Registration.Domain;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;
using Shian.Shared.Security;

namespace Shian.Modules.Registration.Features;

/// <summary>
/// Grants a registration: issues the unified social credit code, opens the operator's file (which raises
/// OperatorRegistered), issues the electronic business licence (营业执照) and adds the timeline entry. Must run
/// inside the caller's open transaction, so the district's counter row stays locked until the code commits.
/// </summary>
internal sealed class RegistrationApprover(
    ShianDbContext db,
    IRuleBook rules,
    IJurisdictionDirectory jurisdictions,
    IOperatorRegistry registry,
    IOperatorTimeline timeline,
    IDocumentIssuer documents,
    PersonalDataProtector protector,
    TimeProvider time)
{
    // Drawn through CounterSequences inside the approval's transaction.
    private const string NextSequenceSql =
        "INSERT INTO registration_code_counter (\"DistrictCode\", \"Last\") VALUES (@key, 1) " +
        "ON CONFLICT (\"DistrictCode\") DO UPDATE SET \"Last\" = registration_code_counter.\"Last\" + 1 RETURNING \"Last\"";

    public async Task ApproveAsync(RegistrationApplication application, string? decidedBy, string? reason, DateOnly today, CancellationToken ct)
    {
        var town = await jurisdictions.FindAsync(application.JurisdictionCode, ct);
        if (town?.Level != "Town")
        {
            throw ShianException.Conflict(RegistrationErrors.TownNotInJurisdiction, "住所所在镇（街道）不属于本市辖区，无法核发统一社会信用代码；请驳回并告知申请人向住所地登记机关申请。");
        }

        var authority = await RequireAsync("registration.authority", "market_regulation", today, ct);
        var category = await RequireAsync("registration.entity_types", application.EntityType.ToString(), today, ct);
        var sequence = await NextSequenceAsync(application.DistrictCode, ct);
        var code = CreditCodes.Compose(authority.Value[0], category.Value[0], application.DistrictCode, OrganisationBody.For(sequence));
        if (!CreditCodes.IsValid(code))
        {
            throw new InvalidOperationException($"Composed credit code {code} does not validate.");
        }

        var operatorId = await registry.OpenFileAsync(new NewOperatorFile(
            code, application.Name, application.EntityType.ToString(), application.LegalRepresentative,
            protector.Unprotect(application.LegalRepresentativeIdCipher), protector.Unprotect(application.PhoneCipher),
            application.Address, application.JurisdictionCode, [], $"商事登记核准，受理号 {application.TrackingNumber}"), ct);

        var districtName = (await jurisdictions.FindAsync(application.DistrictCode, ct))?.Name ?? application.DistrictCode;
        var document = await documents.IssueAsync(Licence(application, code, operatorId, districtName, today), ct);
        await timeline.AppendAsync(new OperatorTimelineEvent(
            operatorId, "Registration", "registration.business_licence_issued", $"核发营业执照 {code}",
            $"登记机关：{districtName}市场监督管理局；受理号 {application.TrackingNumber}" + (reason is null ? "" : $"；审查意见：{reason}"),
            $"/verify/document/{document.VerificationCode}"), ct);

        application.Approve(code, operatorId, document.Id, document.VerificationCode, time.GetUtcNow(), decidedBy, reason);
    }

    private static DocumentContent Licence(RegistrationApplication application, string code, Guid operatorId, string districtName, DateOnly today)
    {
        var individual = application.EntityType == RegistrationEntityType.IndividualBusiness;
        return new DocumentContent(
            "registration.business_licence",
            code,
            "营业执照",
            application.JurisdictionCode,
            operatorId,
            [
                new("统一社会信用代码", code),
                new("名称", application.Name),
                new("类型", EntityTypeName(application.EntityType)),
                new(individual ? "经营者" : "法定代表人", application.LegalRepresentative),
                new("经营范围", application.BusinessScope),
                new(individual ? "经营场所" : "住所", application.Address),
                new("成立日期", today.ToString("yyyy年MM月dd日", CultureInfo.InvariantCulture)),
                new("登记机关", $"{districtName}市场监督管理局"),
            ],
            ["市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送上一年度年度报告并公示。"]);
    }

    public static string EntityTypeName(RegistrationEntityType type) => type switch
    {
        RegistrationEntityType.IndividualBusiness => "个体工商户",
        RegistrationEntityType.Cooperative => "农民专业合作社",
        _ => "企业",
    };

    private async Task<long> NextSequenceAsync(string districtCode, CancellationToken ct)
    {
        var sequence = await db.NextAsync(NextSequenceSql, districtCode, ct);
        return sequence <= OrganisationBody.MaxSequence
            ? sequence
            : throw ShianException.Conflict(RegistrationErrors.SequenceExhausted, "该区县的主体标识码流水号已用尽，请联系系统管理员。");
    }

    private async Task<RuleValue> RequireAsync(string set, string key, DateOnly today, CancellationToken ct) =>
        await rules.FindAsync(set, key, today, ct) ?? throw new InvalidOperationException($"Rule {set}/{key} is missing.");
}
