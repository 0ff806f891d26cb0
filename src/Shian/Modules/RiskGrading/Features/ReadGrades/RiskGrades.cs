using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Shian.Modules.RiskGrading.Contracts;
using Shian.Modules.RiskGrading.Domain;
using Shian.Shared.Persistence;

namespace Shian.Modules.RiskGrading.Features.ReadGrades;

internal sealed class RiskGrades(ShianDbContext db) : IRiskGrades
{
    private const int Chunk = 1_000;

    public Task<OperatorRiskGrade?> FindAsync(Guid operatorId, CancellationToken ct) =>
        Project(db.Set<OperatorGrade>().AsNoTracking().Where(g => g.OperatorId == operatorId)).FirstOrDefaultAsync(ct);

    public async Task<IReadOnlyDictionary<Guid, OperatorRiskGrade>> FindManyAsync(IReadOnlyCollection<Guid> operatorIds, CancellationToken ct)
    {
        var found = new Dictionary<Guid, OperatorRiskGrade>();
        foreach (var chunk in operatorIds.Distinct().Chunk(Chunk))
        {
            var ids = chunk.ToList();
            foreach (var grade in await Project(db.Set<OperatorGrade>().AsNoTracking().Where(g => ids.Contains(g.OperatorId))).ToListAsync(ct))
            {
                found[grade.OperatorId] = grade;
            }
        }

        return found;
    }

    public async IAsyncEnumerable<OperatorRiskGrade> StreamByGradeAsync(
        string? jurisdictionPrefix, IReadOnlyCollection<string> grades, [EnumeratorCancellation] CancellationToken ct)
    {
        var wanted = grades.ToList();
        var query = db.Set<OperatorGrade>().AsNoTracking().Where(g => wanted.Contains(g.Grade));
        if (jurisdictionPrefix is { Length: > 0 } prefix)
        {
            query = query.Where(g => g.JurisdictionCode.StartsWith(prefix));
        }

        await foreach (var grade in Project(query.OrderBy(g => g.JurisdictionCode).ThenBy(g => g.OperatorId)).AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return grade;
        }
    }

    public async IAsyncEnumerable<OperatorGradeLetter> StreamLettersAsync(
        string? jurisdictionPrefix, IReadOnlyCollection<string> grades, [EnumeratorCancellation] CancellationToken ct)
    {
        var wanted = grades.Distinct(StringComparer.Ordinal).ToList();
        var query = db.Set<OperatorGrade>().AsNoTracking().Where(g => wanted.Contains(g.Grade));
        if (jurisdictionPrefix is { Length: > 0 } prefix)
        {
            // A range, not StartsWith: SQLite's LIKE cannot use the (JurisdictionCode, Grade) index.
            query = query.InJurisdiction(prefix);
        }

        await foreach (var row in query.Select(g => new { g.OperatorId, g.Grade }).AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return new OperatorGradeLetter(row.OperatorId, row.Grade);
        }
    }

    private static IQueryable<OperatorRiskGrade> Project(IQueryable<OperatorGrade> query) =>
        query.Select(g => new OperatorRiskGrade(
            g.OperatorId, g.JurisdictionCode, g.Grade, g.StaticScore, g.DynamicScore, g.TotalScore, g.Priority, g.GradedAt));
}
