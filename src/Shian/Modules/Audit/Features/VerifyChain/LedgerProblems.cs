namespace Shian.Modules.Audit.Features.VerifyChain;

/// <summary>
/// The problems a chain verification can name. The API reports them in English (<see cref="Contracts.LedgerVerification.Problem"/>);
/// the page shows <see cref="KindOf"/> in the reader's language.
/// </summary>
internal static class LedgerProblems
{
    public const string BrokenLink = "link to the previous entry does not match";
    public const string AlteredContent = "content does not match its hash";
    private const string MissingPrefix = "entry ";
    private const string MissingInfix = " is missing (next present is ";

    public static string Missing(long expected, long nextPresent) => $"{MissingPrefix}{expected}{MissingInfix}{nextPresent})";

    public static LedgerProblemKind KindOf(string? problem) => problem switch
    {
        null => LedgerProblemKind.None,
        BrokenLink => LedgerProblemKind.BrokenLink,
        AlteredContent => LedgerProblemKind.AlteredContent,
        _ when problem.StartsWith(MissingPrefix, StringComparison.Ordinal) && problem.Contains(MissingInfix, StringComparison.Ordinal)
            => LedgerProblemKind.Missing,
        _ => LedgerProblemKind.Other,
    };

    /// <summary>The sequence number of the next entry present after a gap, or null if <paramref name="problem"/> is not a gap.</summary>
    public static long? NextPresent(string? problem)
    {
        if (KindOf(problem) != LedgerProblemKind.Missing)
        {
            return null;
        }

        var start = problem!.IndexOf(MissingInfix, StringComparison.Ordinal) + MissingInfix.Length;
        return long.TryParse(problem.AsSpan(start, problem.Length - start - 1), System.Globalization.CultureInfo.InvariantCulture, out var next)
            ? next
            : null;
    }
}

internal enum LedgerProblemKind
{
    None,
    Missing,
    BrokenLink,
    AlteredContent,
    Other,
}
