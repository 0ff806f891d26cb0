namespace Shian.Modules.RiskGrading.Domain;

/// <summary>
/// One line of a grade's breakdown: which part (static, dynamic, adjustment, override), what it was, the points
/// (or levels) it contributed, the rule row it came from and that row's citation and confidence mark, and the
/// recorded event behind it (null for static factors).
/// </summary>
internal sealed record ScoreFactor(
    string Part, string Key, string Label, decimal Points, string RuleSet, string RuleKey, string Citation, string Confidence,
    Guid? EventId = null, string? EventSource = null, DateOnly? EventDate = null);

/// <summary>What a grading needs to know about the operator (a snapshot, from Operators' contracts).</summary>
internal sealed record OperatorProfile(
    Guid OperatorId, string CreditCode, string JurisdictionCode, IReadOnlyList<string> Categories, string? EntityType, DateTimeOffset RegisteredAt);

/// <summary>A recorded risk event as the scorer reads it (see <see cref="RiskEvent"/>).</summary>
internal sealed record RiskEventData(
    Guid Id, string Kind, string SourceKey, DateOnly OccurredOn, string? Result, int KeyItemsFailed, int GeneralItemsFailed,
    string? Detail, bool Intentional);
