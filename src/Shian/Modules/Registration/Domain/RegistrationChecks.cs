using Shian.Modules.Administration.Contracts;

namespace Shian.Modules.Registration.Domain;

/// <summary>What the checks look at; gathered by the handler so the checks stay pure.</summary>
/// <param name="Name">The name applied for, as typed (trimmed).</param>
/// <param name="DistrictName">The registering district's name, for the explanations.</param>
/// <param name="NameClash">An operator or another live application with the same name in the district, described; or null.</param>
/// <param name="LegalRepresentativeBan">The ban in force on the legal representative, described (name masked); or null.</param>
/// <param name="TownCode">The 9-digit town code of the address, as given.</param>
/// <param name="TownName">The town's display name when the town code is a known town of the city; null otherwise.</param>
internal sealed record RegistrationFacts(
    string Name, string DistrictName, string? NameClash, string? LegalRepresentativeBan, string TownCode, string? TownName);

/// <summary>The citation rows of <c>registration.checks</c> in force on the decision date, by check code.</summary>
internal sealed record CheckCitations(IReadOnlyDictionary<string, RuleValue> Rows)
{
    public string For(string check) => Rows.TryGetValue(check, out var row) ? row.Citation : "";
}

internal sealed record CheckResult(bool Clean, IReadOnlyList<CheckOutcome> Checks);

/// <summary>
/// The intelligent checks (智能审查) of a registration. Every check is always evaluated and listed, so the
/// applicant and the reviewer see every reason at once; all pass → approved at once (当场登记), otherwise the
/// application waits for a reviewer. Nothing is rejected automatically: only a reviewer rejects.
/// </summary>
internal static class RegistrationChecks
{
    public const string FieldsComplete = "fields_complete";
    public const string NameUnique = "name_unique_in_district";
    public const string LegalRepresentativeNotBanned = "legal_representative_not_banned";
    public const string TownInJurisdiction = "town_in_jurisdiction";

    public static readonly string[] All = [FieldsComplete, NameUnique, LegalRepresentativeNotBanned, TownInJurisdiction];

    public static CheckResult Evaluate(RegistrationFacts facts, CheckCitations citations)
    {
        List<CheckOutcome> checks =
        [
            // Missing or malformed fields never reach the checks (400 with field messages); listing the pass
            // tells the reviewer the form itself was complete.
            new(FieldsComplete, true, "登记事项齐全：名称、主体类型、法定代表人（经营者）、联系电话、住所、经营范围均已填写且格式正确。", citations.For(FieldsComplete)),
            facts.NameClash is null
                ? new(NameUnique, true, $"名称“{facts.Name}”在{facts.DistrictName}未与已登记经营者或受理中的申请重名。", citations.For(NameUnique))
                : new(NameUnique, false, $"名称“{facts.Name}”与{facts.DistrictName}{facts.NameClash}相同，需人工审查名称。", citations.For(NameUnique)),
            facts.LegalRepresentativeBan is null
                ? new(LegalRepresentativeNotBanned, true, "法定代表人（经营者）不在从业禁止名单内。", citations.For(LegalRepresentativeNotBanned))
                : new(LegalRepresentativeNotBanned, false, $"法定代表人（经营者）处于从业禁止期内：{facts.LegalRepresentativeBan}，转人工审查。", citations.For(LegalRepresentativeNotBanned)),
            facts.TownName is not null
                ? new(TownInJurisdiction, true, $"住所位于本市辖区：{facts.TownName}。", citations.For(TownInJurisdiction))
                : new(TownInJurisdiction, false, $"住所所在镇（街道）代码 {facts.TownCode} 不属于本市辖区，本机关可能无登记管辖权，转人工审查。", citations.For(TownInJurisdiction)),
        ];
        return new CheckResult(checks.TrueForAll(c => c.Passed), checks);
    }
}
