using System.Globalization;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.RandomChecks.Domain;

/// <summary>
/// One commitment and its draw. The first round of a task needs no reason; every later one (a re-draw) does, and
/// supersedes the previous round, whose seed is then revealed too so nobody can discard a draw quietly. Every
/// round stays on the public page and each change is in the audit ledger.
/// </summary>
internal sealed class DrawRound : Entity, IAudited, IJurisdictionScoped
{
    /// <summary>A round's instants as people read them: China time to the second, so the public record shows exactly when each step happened.</summary>
    public static string ToTheSecond(DateTimeOffset at) =>
        at.ToOffset(ChinaTime.Offset).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public Guid TaskId { get; init; }

    public int Number { get; init; }

    /// <summary>Why a re-draw was needed; null for the first round.</summary>
    public string? Reason { get; init; }

    public string JurisdictionCode { get; init; } = "";

    /// <summary>SHA-256 (hex) of the secret seed, published at commit.</summary>
    public string Commitment { get; init; } = "";

    /// <summary>SHA-256 (hex) of the canonical pool text, published at commit.</summary>
    public string PoolHash { get; init; } = "";

    public int PoolSize { get; init; }

    public int InspectorCount { get; init; }

    public int RecusalCount { get; init; }

    public int TargetsToDraw { get; init; }

    public int InspectorsPerTarget { get; init; }

    /// <summary>The seed, encrypted with the platform's data-protection keys; the ledger never sees it.</summary>
    [Masked]
    public string SeedCipher { get; init; } = "";

    public DateTimeOffset CommittedAt { get; init; }

    public string CommittedBy { get; init; } = "";

    public RoundStatus Status { get; private set; } = RoundStatus.Committed;

    /// <summary>The seed (hex), revealed by the draw or when the round is superseded before drawing.</summary>
    public string? RevealedSeed { get; private set; }

    public DateTimeOffset? DrawnAt { get; private set; }

    public string? DrawnBy { get; private set; }

    public string? FailureMessage { get; private set; }

    public void Drawn(string seedHex, DateTimeOffset now, string by) => Close(RoundStatus.Drawn, seedHex, now, by, null);

    public void Failed(string seedHex, DateTimeOffset now, string by, string message) => Close(RoundStatus.Failed, seedHex, now, by, message);

    /// <summary>A re-draw replaces this round; an undrawn seed is revealed so the abandoned commitment can be checked.</summary>
    public void Supersede(string? seedHex)
    {
        RevealedSeed ??= seedHex;
        Status = RoundStatus.Superseded;
    }

    private void Close(RoundStatus status, string seedHex, DateTimeOffset now, string by, string? message)
    {
        if (Status != RoundStatus.Committed)
        {
            throw ShianException.Conflict(RandomChecksErrors.AlreadyDrawn);
        }

        (Status, RevealedSeed, DrawnAt, DrawnBy, FailureMessage) = (status, seedHex, now, by, message);
    }
}

internal enum RoundStatus
{
    Committed,
    Drawn,
    Failed,
    Superseded,
}

/// <summary>
/// The frozen pool of a round, exactly as hashed (<see cref="DrawAlgorithm.Canonical"/>), plus the names and ids
/// needed to turn drawn codes into assignments. Written once at commit and never updated; not in the ledger (it
/// is megabytes at city scale) because its hash, in the audited round, already proves it unchanged.
/// </summary>
internal sealed class PoolSnapshot
{
    public Guid RoundId { get; init; }

    public string Canonical { get; init; } = "";

    /// <summary>One line per target: credit code, operator id, town code, name (tab-separated).</summary>
    public string Targets { get; init; } = "";

    /// <summary>One line per inspector: user id, display name (tab-separated).</summary>
    public string Inspectors { get; init; } = "";
}
