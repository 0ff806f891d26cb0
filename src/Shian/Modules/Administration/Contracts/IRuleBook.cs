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
