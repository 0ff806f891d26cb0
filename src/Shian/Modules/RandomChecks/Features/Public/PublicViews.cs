namespace Shian.Modules.RandomChecks.Features.Public;

/// <summary>What anyone may see of a task once a commitment is published: no personal data beyond inspectors' names.</summary>
internal sealed record PublicTask(
    Guid Id, string Name, string AreaName, string? Category, IReadOnlyList<string> Grades, decimal? Proportion, int? Count, int InspectorsPerTarget,
    IReadOnlyList<PublicRound> Rounds, IReadOnlyList<PublicResult> Targets, string VerificationUrl);

internal sealed record PublicRound(
    int Number, string? Reason, string Status, string Commitment, DateTimeOffset CommittedAt, string PoolHash, int PoolSize,
    int InspectorCount, int RecusalCount, int TargetsToDraw, string? Seed, DateTimeOffset? DrawnAt, string? FailureMessage,
    IReadOnlyList<string> PoolPreview, Recomputation? Recomputation);

/// <summary>The server's own check of a revealed round, from the published pool and seed only.</summary>
internal sealed record Recomputation(bool SeedMatchesCommitment, bool PoolMatchesHash, bool DrawMatches, string Detail);

internal sealed record PublicResult(
    int Position, string CreditCode, string OperatorName, string Area, IReadOnlyList<string> Inspectors, DateOnly DueOn,
    string Status, string? Result, DateOnly? InspectedOn, DateOnly? PublishBy, string? ResultDocumentCode);

/// <summary>
/// Everything needed to recompute every round independently (README "Verifying a draw yourself"), and the
/// task's target-pool filter the pools were read with (frozen from the first commitment).
/// </summary>
internal sealed record Verification(Guid TaskId, string Algorithm, VerificationFilter Filter, IReadOnlyList<VerificationRound> Rounds);

/// <summary>
/// The 检查对象名录库 filter: area (city, district or town code), category (null: all) and risk grades (empty: every
/// operator; else only operators whose current grade at commit was one of these letters).
/// </summary>
internal sealed record VerificationFilter(string JurisdictionCode, string? Category, IReadOnlyList<string> Grades);

internal sealed record VerificationRound(
    int Number, string? Reason, string Status, DateTimeOffset CommittedAt, string Commitment, string PoolHash, string? Seed,
    int TargetsToDraw, int InspectorsPerTarget, IReadOnlyList<string> Targets, IReadOnlyList<string> Inspectors,
    IReadOnlyList<string> Recusals, IReadOnlyList<VerificationTarget> Drawn, VerificationFailure? Failure);

internal sealed record VerificationTarget(int Position, string CreditCode, IReadOnlyList<string> Inspectors);

internal sealed record VerificationFailure(int Position, string CreditCode, int Eligible);
