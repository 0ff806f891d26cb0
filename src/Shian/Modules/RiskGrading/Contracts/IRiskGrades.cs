namespace Shian.Modules.RiskGrading.Contracts;

/// <summary>
/// Current risk grades (风险等级 A–D) for other modules (RandomChecks draws, Portal publishes). Scoped to the
/// caller like every query: staff see their jurisdiction, the system sees everything.
/// </summary>
public interface IRiskGrades
{
    /// <summary>The operator's current grade, or null when it is not graded yet or outside the caller's scope.</summary>
    Task<OperatorRiskGrade?> FindAsync(Guid operatorId, CancellationToken ct);

    /// <summary>Current grades of many operators (missing ones are left out); asks the database in chunks.</summary>
    Task<IReadOnlyDictionary<Guid, OperatorRiskGrade>> FindManyAsync(IReadOnlyCollection<Guid> operatorIds, CancellationToken ct);

    /// <summary>
    /// Operators whose current grade is one of <paramref name="grades"/> (e.g. <c>["C", "D"]</c>) within
    /// <paramref name="jurisdictionPrefix"/> (district 6 digits, town 9, or null for all in scope), streamed.
    /// </summary>
    IAsyncEnumerable<OperatorRiskGrade> StreamByGradeAsync(string? jurisdictionPrefix, IReadOnlyCollection<string> grades, CancellationToken ct);

    /// <summary>
    /// For whole populations (a city-wide 双随机 pool of 60,000): only operator id and letter of every operator whose
    /// current grade is one of <paramref name="grades"/> within <paramref name="jurisdictionPrefix"/> (null: all in
    /// scope), streamed in no particular order. One query that reads the (jurisdiction, grade) index and no
    /// breakdowns; call it once per population, not once per operator.
    /// </summary>
    IAsyncEnumerable<OperatorGradeLetter> StreamLettersAsync(string? jurisdictionPrefix, IReadOnlyCollection<string> grades, CancellationToken ct);
}

/// <summary>An operator's current grade letter, A (low) … D (high).</summary>
public sealed record OperatorGradeLetter(Guid OperatorId, string Grade);

/// <summary>
/// An operator's current grade. <paramref name="Grade"/> is A (low) … D (high); scores are points (static 0–40 +
/// dynamic 0–60); <paramref name="Priority"/> marks 重点监督检查 (SAMR Order 49 Art. 22).
/// </summary>
public sealed record OperatorRiskGrade(
    Guid OperatorId, string JurisdictionCode, string Grade, decimal StaticScore, decimal DynamicScore, decimal TotalScore,
    bool Priority, DateTimeOffset GradedAt);
