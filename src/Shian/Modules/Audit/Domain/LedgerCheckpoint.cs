namespace Shian.Modules.Audit.Domain;

/// <summary>
/// A signed statement of the chain's head: "entries <see cref="FromSequence"/>..<see cref="ToSequence"/> exist, the
/// last one hashes to <see cref="HeadHash"/>, and the Merkle tree over their hashes has root <see cref="MerkleRoot"/>".
/// Signed with a key kept outside the database (<see cref="KeyId"/> names it), so someone who can rewrite the database
/// cannot forge one: truncating the chain or re-hashing it with the public SHA-256 no longer matches.
/// A <see cref="CheckpointKind.Daily"/> checkpoint covers one China day and is published; a
/// <see cref="CheckpointKind.Head"/> one is taken on demand and covers what came after the last daily one.
/// </summary>
internal sealed class LedgerCheckpoint
{
    public long Id { get; init; }

    public CheckpointKind Kind { get; init; }

    /// <summary>The China day covered (daily), or the day it was taken (head).</summary>
    public DateOnly Day { get; init; }

    public long FromSequence { get; init; }

    /// <summary>The head: the last entry covered (equal to <see cref="FromSequence"/> − 1 when the range is empty).</summary>
    public long ToSequence { get; init; }

    public string HeadHash { get; init; } = "";

    public string MerkleRoot { get; init; } = "";

    public DateTimeOffset CreatedAt { get; init; }

    public string KeyId { get; init; } = "";

    /// <summary>HMAC-SHA256, lower-case hex, over <see cref="CheckpointPayload"/>.</summary>
    public string Signature { get; init; } = "";
}

internal enum CheckpointKind
{
    Daily,
    Head,
}
