using System.Globalization;

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
    private const string TruncatedPrefix = "the chain ends before the signed checkpoint";
    private const string MismatchPrefix = "the entry does not match the signed checkpoint";
    private const string ForgedPrefix = "a checkpoint's signature is not valid";
    private const string UnknownKeyPrefix = "a checkpoint is signed with a key not configured here";
    private const string RemovedPrefix = "a checkpoint of the append-only file is missing from the database";
    private const string UnreadablePrefix = "lines of the checkpoint file cannot be read";

    public static string Missing(long expected, long nextPresent) => $"{MissingPrefix}{expected}{MissingInfix}{nextPresent})";

    public static string Truncated(long lastPresent, long checkpointHead, DateOnly day) =>
        $"{TruncatedPrefix} of {Day(day)} (last entry {lastPresent}, the checkpoint covers up to {checkpointHead})";

    public static string CheckpointMismatch(DateOnly day) => $"{MismatchPrefix} of {Day(day)}: the chain was rewritten";

    public static string CheckpointForged(DateOnly day) => $"{ForgedPrefix} ({Day(day)})";

    public static string CheckpointUnknownKey(DateOnly day, string keyId) => $"{UnknownKeyPrefix} ({Day(day)}, key {keyId})";

    public static string CheckpointRemoved(DateOnly day) => $"{RemovedPrefix} ({Day(day)})";

    public static string FileUnreadable(int lines) => $"{lines} {UnreadablePrefix}";

    public static LedgerProblemKind KindOf(string? problem) => problem switch
    {
        null => LedgerProblemKind.None,
        BrokenLink => LedgerProblemKind.BrokenLink,
        AlteredContent => LedgerProblemKind.AlteredContent,
        _ when problem.StartsWith(TruncatedPrefix, StringComparison.Ordinal) => LedgerProblemKind.Truncated,
        _ when problem.StartsWith(MismatchPrefix, StringComparison.Ordinal) => LedgerProblemKind.CheckpointMismatch,
        _ when problem.StartsWith(ForgedPrefix, StringComparison.Ordinal) => LedgerProblemKind.CheckpointForged,
        _ when problem.StartsWith(UnknownKeyPrefix, StringComparison.Ordinal) => LedgerProblemKind.CheckpointUnknownKey,
        _ when problem.StartsWith(RemovedPrefix, StringComparison.Ordinal) => LedgerProblemKind.CheckpointRemoved,
        _ when problem.Contains(UnreadablePrefix, StringComparison.Ordinal) => LedgerProblemKind.FileUnreadable,
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
        return long.TryParse(problem.AsSpan(start, problem.Length - start - 1), CultureInfo.InvariantCulture, out var next)
            ? next
            : null;
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

internal enum LedgerProblemKind
{
    None,
    Missing,
    BrokenLink,
    AlteredContent,
    Truncated,
    CheckpointMismatch,
    CheckpointForged,
    CheckpointUnknownKey,
    CheckpointRemoved,
    FileUnreadable,
    Other,
}
