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
            new(FieldsComplete, true, Text("registration.check_fields_complete"), citations.For(FieldsComplete)),
            facts.NameClash is null
                ? new(NameUnique, true, Text("registration.check_name_unique", facts.Name, facts.DistrictName), citations.For(NameUnique))
                : new(NameUnique, false, Text("registration.check_name_clash", facts.Name, facts.DistrictName, facts.NameClash), citations.For(NameUnique)),
            facts.LegalRepresentativeBan is null
                ? new(LegalRepresentativeNotBanned, true, Text("registration.check_not_banned"), citations.For(LegalRepresentativeNotBanned))
                : new(LegalRepresentativeNotBanned, false, Text("registration.check_banned", facts.LegalRepresentativeBan), citations.For(LegalRepresentativeNotBanned)),
            facts.TownName is not null
                ? new(TownInJurisdiction, true, Text("registration.check_town_known", facts.TownName), citations.For(TownInJurisdiction))
                : new(TownInJurisdiction, false, Text("registration.check_town_unknown", facts.TownCode), citations.For(TownInJurisdiction)),
        ];
        return new CheckResult(checks.TrueForAll(c => c.Passed), checks);
    }

    // The explanations are kept with the decision, in Chinese, whatever the submitter's language.
    private static string Text(string key, params object?[] args) => RegistrationText.Stored(key, args);
}
