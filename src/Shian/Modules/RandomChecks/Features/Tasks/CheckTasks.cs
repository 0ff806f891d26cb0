using Microsoft.EntityFrameworkCore;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.RandomChecks.Domain;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;
using Shian.Shared.Security;
using Shian.Shared.Web;

namespace Shian.Modules.RandomChecks.Features.Tasks;

/// <summary>Creates, edits and reads tasks; the pages and the API both call this.</summary>
internal sealed class CheckTasks(ShianDbContext db, CurrentUser user, TimeProvider time, IJurisdictionDirectory jurisdictions, IRuleBook rules)
{
    public async Task<TaskView> CreateAsync(TaskRequest request, CancellationToken ct)
    {
        var task = CheckTask.Create(await ValidateAsync(request, ct), time.GetUtcNow(), user.Name);
        db.Add(task);
        await db.SaveChangesAsync(ct);
        return (await FindAsync(task.Id, ct))!;
    }

    public async Task<TaskView> EditAsync(Guid id, TaskRequest request, CancellationToken ct)
    {
        var task = await db.Set<CheckTask>().FirstOrDefaultAsync(t => t.Id == id, ct) ?? throw NotFound();
        task.EnsureEditable();
        task.Edit(await ValidateAsync(request, ct));
        await db.SaveChangesAsync(ct);
        return (await FindAsync(task.Id, ct))!;
    }

    public Task<PagedList<TaskListItem>> ListAsync(PageRequest page, CancellationToken ct) =>
        db.Set<CheckTask>().AsNoTracking().OrderByDescending(t => t.CreatedAt)
            .Select(t => new TaskListItem(t.Id, t.Name, t.JurisdictionCode, t.Category, t.Grades, t.Proportion, t.Count, t.Status.ToString(), t.CreatedAt))
            .ToPagedListAsync(page, ct);

    public async Task<TaskView?> FindAsync(Guid id, CancellationToken ct)
    {
        var t = await db.Set<CheckTask>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct);
        if (t is null)
        {
            return null;
        }

        var rounds = await db.Set<DrawRound>().AsNoTracking().Where(r => r.TaskId == id).OrderBy(r => r.Number).ToListAsync(ct);
        return new TaskView(
            t.Id, t.Name, t.JurisdictionCode, await jurisdictions.DisplayNameAsync(t.JurisdictionCode, ct), t.Category, t.GradeList, t.Proportion, t.Count,
            t.InspectorsPerTarget, t.DueOn, t.Status.ToString(), t.CreatedAt, t.CreatedBy, rounds.Select(ToView).ToList(),
            await AssignmentsAsync(db.Set<Assignment>().Unscoped("every target of a task the caller may read, wherever it lies").Where(a => a.TaskId == id && a.Status != AssignmentStatus.Cancelled), ct));
    }

    /// <summary>
    /// Assignments with their inspectors. Callers decide visibility: a task's reader sees all of its targets (the task
    /// is already scoped), an inspector their own.
    /// </summary>
    internal static async Task<List<AssignmentView>> AssignmentsAsync(IQueryable<Assignment> query, CancellationToken ct) =>
        await query.AsNoTracking().OrderBy(a => a.Position)
            .Select(a => new AssignmentView(
                a.Id, a.TaskId, a.Position, a.OperatorId, a.CreditCode, a.OperatorName, a.JurisdictionCode, a.DueOn, a.Status.ToString(),
                a.Inspectors.OrderBy(i => i.Order).Select(i => new InspectorView(i.UserId, i.DisplayName)).ToList(),
                a.Result == null ? null : a.Result.ToString(), a.InspectedOn, a.PublishBy, a.ResultDocumentCode))
            .ToListAsync(ct);

    internal static RoundView ToView(DrawRound r) => new(
        r.Id, r.Number, r.Reason, r.Status.ToString(), r.Commitment, r.PoolHash, r.PoolSize, r.InspectorCount, r.RecusalCount,
        r.TargetsToDraw, r.InspectorsPerTarget, r.CommittedAt, r.CommittedBy, r.RevealedSeed, r.DrawnAt, r.DrawnBy, r.FailureMessage);

    private async Task<TaskParameters> ValidateAsync(TaskRequest request, CancellationToken ct)
    {
        if (request.Proportion is null == request.Count is null)
        {
            throw ShianException.Invalid(RandomChecksErrors.ProportionOrCount, nameof(request.Proportion));
        }

        var code = request.JurisdictionCode!.Trim();
        if (await jurisdictions.FindAsync(code, ct) is null)
        {
            throw ShianException.Invalid(RandomChecksErrors.UnknownJurisdiction, nameof(request.JurisdictionCode));
        }

        if (user.TownCodePrefix is { } prefix && !JurisdictionCodes.ScopePrefix(code).StartsWith(prefix, StringComparison.Ordinal))
        {
            throw ShianException.Forbidden(RandomChecksErrors.OutOfScope);
        }

        var category = string.IsNullOrWhiteSpace(request.Category) ? null : request.Category.Trim();
        if (category is not null && !KnownCategories.All.Contains(category))
        {
            throw ShianException.Invalid(RandomChecksErrors.UnknownCategory, nameof(request.Category));
        }

        var today = time.ChinaToday();
        var team = await rules.RequireAsync(RandomChecksRules.InspectionTeam, RandomChecksRules.MinInspectors, today, ct);
        var perTarget = request.InspectorsPerTarget ?? team.AsInt();
        if (perTarget < team.AsInt())
        {
            throw ShianException.Invalid(RandomChecksErrors.TeamTooSmall, nameof(request.InspectorsPerTarget), team.AsInt(), team.Citation);
        }

        if (request.DueOn is { } due && due <= today)
        {
            throw ShianException.InvalidFields(ErrorCodes.ValidationFailed, [(nameof(request.DueOn), RandomChecksErrors.DueOnNotAfterToday)]);
        }

        return new TaskParameters(request.Name!.Trim(), code, category, ValidateGrades(request.Grades), request.Proportion, request.Count, perTarget, request.DueOn);
    }

    /// <summary>Letters A–D, any subset (lower case accepted), duplicates removed, sorted; anything else is a 400 on <c>grades</c>.</summary>
    private static List<string> ValidateGrades(IReadOnlyList<string?>? grades)
    {
        var letters = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var grade in grades ?? [])
        {
            var letter = grade?.Trim().ToUpperInvariant();
            if (letter is null || !GradeFilter.Letters.Contains(letter))
            {
                throw ShianException.Invalid(RandomChecksErrors.UnknownGrade, nameof(TaskRequest.Grades));
            }

            letters.Add(letter);
        }

        return [.. letters];
    }

    private static ShianException NotFound() => ShianException.NotFound(RandomChecksErrors.TaskNotFound);
}

/// <summary>
/// The category codes a task may filter by. They mirror Operators' category codes, which that module does not
/// expose as a contract; labels are in RandomChecksText (Category_*).
/// </summary>
internal static class KnownCategories
{
    public static readonly IReadOnlyList<string> All =
    [
        "production", "sales", "catering", "unit_canteen", "school_canteen", "meal_delivery", "central_kitchen",
        "online_platform", "agri_market", "health_food_production",
    ];
}
