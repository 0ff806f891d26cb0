namespace Shian.Modules.Licensing.Domain;

/// <summary>One evaluated rule of a decision: stable code, whether it passed, a Chinese explanation and its citation.</summary>
internal sealed record RuleOutcome(string Rule, bool Passed, string Explanation, string Citation);
