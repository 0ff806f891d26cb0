namespace Shian.Modules.Administration.Contracts;

/// <summary>Versioned rule values with their citations, as in force on a given date.</summary>
public interface IRuleBook
{
    /// <summary>The version of <paramref name="ruleSet"/>/<paramref name="key"/> in force on <paramref name="on"/>, or null.</summary>
    Task<RuleValue?> FindAsync(string ruleSet, string key, DateOnly on, CancellationToken ct);

    /// <summary>Every key of the rule set in force on <paramref name="on"/>.</summary>
    Task<IReadOnlyList<RuleValue>> GetSetAsync(string ruleSet, DateOnly on, CancellationToken ct);
}

/// <summary>A rule value with where it comes from; <see cref="Citation"/> is what the UI shows next to it.</summary>
public sealed record RuleValue(
    string RuleSet, string Key, string Value, string? Unit, DateOnly EffectiveFrom, DateOnly? EffectiveTo,
    string Source, string? Article, string Confidence)
{
    public string Citation => Article is null ? $"《{Source}》" : $"《{Source}》{Article}";

    public int AsInt() => int.Parse(Value, System.Globalization.CultureInfo.InvariantCulture);

    public decimal AsDecimal() => decimal.Parse(Value, System.Globalization.CultureInfo.InvariantCulture);
}

public static class RuleBookExtensions
{
    /// <summary>
    /// The version of <paramref name="ruleSet"/>/<paramref name="key"/> in force on <paramref name="on"/>. A missing rule
    /// row is a deployment fault (the seeder did not run, or an administrator ended a rule without a successor),
    /// not bad input, so it fails loudly instead of guessing a value.
    /// </summary>
    public static async Task<RuleValue> RequireAsync(this IRuleBook rules, string ruleSet, string key, DateOnly on, CancellationToken ct) =>
        await rules.FindAsync(ruleSet, key, on, ct)
        ?? throw new InvalidOperationException($"Rule {ruleSet}/{key} in force on {on:yyyy-MM-dd} is missing; the reference data seeder did not run or the rule was ended.");

    /// <summary>Every key of <paramref name="ruleSet"/> in force on <paramref name="on"/>; fails when the set is empty.</summary>
    public static async Task<IReadOnlyList<RuleValue>> RequireSetAsync(this IRuleBook rules, string ruleSet, DateOnly on, CancellationToken ct)
    {
        var set = await rules.GetSetAsync(ruleSet, on, ct);
        return set.Count > 0
            ? set
            : throw new InvalidOperationException($"Rule set {ruleSet} has no rows in force on {on:yyyy-MM-dd}; the reference data seeder did not run.");
    }

    /// <summary>The rule's value as an integer (see <see cref="RequireAsync"/>).</summary>
    public static async Task<int> RequireIntAsync(this IRuleBook rules, string ruleSet, string key, DateOnly on, CancellationToken ct) =>
        (await rules.RequireAsync(ruleSet, key, on, ct)).AsInt();
}
