namespace Shian.Modules.RandomChecks.Features.Tasks;

/// <summary><paramref name="Grades"/>: the grade filter as stored ("C,D"), null for none.</summary>
internal sealed record TaskListItem(
    Guid Id, string Name, string JurisdictionCode, string? Category, string? Grades, decimal? Proportion, int? Count, string Status, DateTimeOffset CreatedAt);

internal sealed record TaskView(
    Guid Id, string Name, string JurisdictionCode, string AreaName, string? Category, IReadOnlyList<string> Grades, decimal? Proportion, int? Count,
    int InspectorsPerTarget, DateOnly? DueOn, string Status, DateTimeOffset CreatedAt, string CreatedBy,
    IReadOnlyList<RoundView> Rounds, IReadOnlyList<AssignmentView> Assignments);

internal sealed record RoundView(
    Guid Id, int Number, string? Reason, string Status, string Commitment, string PoolHash, int PoolSize, int InspectorCount,
    int RecusalCount, int TargetsToDraw, int InspectorsPerTarget, DateTimeOffset CommittedAt, string CommittedBy,
    string? Seed, DateTimeOffset? DrawnAt, string? DrawnBy, string? FailureMessage);

internal sealed record AssignmentView(
    Guid Id, Guid TaskId, int Position, Guid OperatorId, string CreditCode, string OperatorName, string JurisdictionCode, DateOnly DueOn,
    string Status, IReadOnlyList<InspectorView> Inspectors, string? Result, DateOnly? InspectedOn, DateOnly? PublishBy, string? ResultDocumentCode);

internal sealed record InspectorView(Guid UserId, string DisplayName);
