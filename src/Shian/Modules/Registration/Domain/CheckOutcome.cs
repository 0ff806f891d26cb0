namespace Shian.Modules.Registration.Domain;

/// <summary>One evaluated check of a decision: stable code, whether it passed, a Chinese explanation and its citation.</summary>
internal sealed record CheckOutcome(string Check, bool Passed, string Explanation, string Citation);
