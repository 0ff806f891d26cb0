using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.RandomChecks.Domain;

/// <summary>
/// A 双随机 task (抽查任务): which operators may be drawn (area and category), how many, how many inspectors each.
/// It belongs to the area it draws from (a district, a town or the city code), so the area's staff see it. Once a
/// commitment is published its parameters are frozen: <see cref="Edit"/> refuses.
/// </summary>
internal sealed class CheckTask : Entity, IAudited, IJurisdictionScoped
{
    public string Name { get; private set; } = "";

    /// <summary>The area drawn from: the city (6 digits ending 00), a district (6) or a town (9).</summary>
    public string JurisdictionCode { get; private set; } = "";

    /// <summary>A category code (e.g. <c>catering</c>) or null for every category.</summary>
    public string? Category { get; private set; }

    /// <summary>
    /// Risk grades (风险等级, RiskGrading) the pool is limited to, as sorted letters joined by commas (e.g.
    /// <c>C,D</c>), or null for every operator, graded or not. With a filter, ungraded operators are left out.
    /// </summary>
    public string? Grades { get; private set; }

    /// <summary>Percentage of the pool to draw (rounded up), or null when <see cref="Count"/> is set.</summary>
    public decimal? Proportion { get; private set; }

    /// <summary>Fixed number of targets, or null when <see cref="Proportion"/> is set.</summary>
    public int? Count { get; private set; }

    public int InspectorsPerTarget { get; private set; }

    /// <summary>Inspection deadline chosen by the creator; null: the draw day plus the rule's working days.</summary>
    public DateOnly? DueOn { get; private set; }

    public TaskStatus Status { get; private set; } = TaskStatus.Draft;

    public DateTimeOffset CreatedAt { get; init; }

    public string CreatedBy { get; init; } = "";

    public static CheckTask Create(TaskParameters p, DateTimeOffset now, string by)
    {
        var task = new CheckTask { CreatedAt = now, CreatedBy = by };
        task.Apply(p);
        return task;
    }

    public void EnsureEditable()
    {
        if (Status != TaskStatus.Draft)
        {
            throw ShianException.Conflict(RandomChecksErrors.Frozen);
        }
    }

    public void Edit(TaskParameters p)
    {
        EnsureEditable();
        Apply(p);
    }

    /// <summary>The grade filter as letters (empty: no filter).</summary>
    public IReadOnlyList<string> GradeList => GradeFilter.Parse(Grades);

    public void MarkCommitted() => Status = TaskStatus.Committed;

    public void MarkDrawn() => Status = TaskStatus.Drawn;

    private void Apply(TaskParameters p)
    {
        Name = p.Name;
        JurisdictionCode = p.JurisdictionCode;
        Category = p.Category;
        Grades = p.Grades is { Count: > 0 } grades ? string.Join(',', grades) : null;
        Proportion = p.Proportion;
        Count = p.Count;
        InspectorsPerTarget = p.InspectorsPerTarget;
        DueOn = p.DueOn;
    }
}

internal sealed record TaskParameters(
    string Name, string JurisdictionCode, string? Category, IReadOnlyList<string>? Grades, decimal? Proportion, int? Count, int InspectorsPerTarget, DateOnly? DueOn);

/// <summary>The stored form of a task's grade filter: sorted letters A–D joined by commas.</summary>
internal static class GradeFilter
{
    /// <summary>The letters RiskGrading uses, low to high risk (SAMR Order 49 Art. 21).</summary>
    public static readonly IReadOnlyList<string> Letters = ["A", "B", "C", "D"];

    public static IReadOnlyList<string> Parse(string? stored) =>
        string.IsNullOrEmpty(stored) ? [] : stored.Split(',', StringSplitOptions.RemoveEmptyEntries);
}

internal enum TaskStatus
{
    /// <summary>Parameters may still change.</summary>
    Draft,

    /// <summary>A commitment is published; the draw has not run yet.</summary>
    Committed,

    /// <summary>The latest commitment was drawn (or failed); results come in.</summary>
    Drawn,
}
