using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Modules.RandomChecks.Features.Assignments;
using Shian.Modules.RandomChecks.Features.Conflicts;
using Shian.Modules.RandomChecks.Features.Draw;
using Shian.Modules.RandomChecks.Features.Public;
using Shian.Modules.RandomChecks.Features.Tasks;
using Shian.Shared.Kernel;
using Shian.Shared.Modules;
using Shian.Shared.Web;

namespace Shian.Modules.RandomChecks.Features;

internal static class RandomChecksEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var manage = RandomChecksPermissions.Manage.Name;
        var read = RandomChecksPermissions.Read.Name;
        api.MapGet("/tasks", (int? page, int? pageSize, CheckTasks tasks, CancellationToken ct) =>
                tasks.ListAsync(new PageRequest(page ?? 1, pageSize ?? PageRequest.DefaultPageSize), ct))
            .WithName("RandomChecks.Tasks").WithSummary("Tasks of the caller's area, newest first, paged.").RequireAuthorization(read);
        api.MapPost("/tasks", async (TaskRequest request, CheckTasks tasks, CancellationToken ct) =>
            {
                var view = await tasks.CreateAsync(request, ct);
                return TypedResults.Created($"/api/v1/randomchecks/tasks/{view.Id}", view);
            })
            .WithName("RandomChecks.CreateTask").WithSummary("Create a task (area, category, risk grades, proportion or count, inspectors per target). Administrator/Leader in scope.")
            .RequireAuthorization(manage);
        api.MapPut("/tasks/{id:guid}", (Guid id, TaskRequest request, CheckTasks tasks, CancellationToken ct) => tasks.EditAsync(id, request, ct))
            .WithName("RandomChecks.EditTask").WithSummary("Change a task's parameters; refused (409 randomchecks.frozen) once a commitment is published.")
            .RequireAuthorization(manage);
        api.MapGet("/tasks/{id:guid}", GetAsync)
            .WithName("RandomChecks.Task").WithSummary("A task with its rounds (commitments, revealed seeds) and drawn targets.").RequireAuthorization(read);
        api.MapPost("/tasks/{id:guid}/commit", async (Guid id, CommitRequest? request, Draws draws, CancellationToken ct) =>
                TypedResults.Created($"/api/v1/randomchecks/tasks/{id}", await draws.CommitAsync(id, request?.Reason, ct)))
            .WithName("RandomChecks.Commit")
            .WithSummary("Freeze the pool and publish SHA-256 of a new secret seed. A second commitment (re-draw) needs a reason and supersedes the previous round.")
            .RequireAuthorization(manage);
        api.MapPost("/tasks/{id:guid}/draw", (Guid id, Draws draws, CancellationToken ct) => draws.DrawAsync(id, ct))
            .WithName("RandomChecks.Draw").WithSummary("Draw the committed round, reveal its seed and create the assignments.").RequireAuthorization(manage);
        api.MapGet("/tasks/{id:guid}/verification", VerificationAsync)
            .WithName("RandomChecks.Verification")
            .WithSummary("Everything needed to recompute every round: commitments, pools, revealed seeds, drawn targets. Anyone; rate-limited.")
            .AnonymousByDesign("一公开: anyone recomputes a random draw from its commitment, pool and revealed seed").RequireRateLimiting(RateLimits.Anonymous);
        api.MapGet("/public/{id:guid}", PublicAsync)
            .WithName("RandomChecks.Public")
            .WithSummary("The public record of a task (一公开): rounds, pool preview, seeds, draws, results and the server's recomputation. Anyone; rate-limited.")
            .AnonymousByDesign("一公开: the public record of a random-check task (commitments, draws, results)").RequireRateLimiting(RateLimits.Anonymous);
        api.MapGet("/assignments/mine", (int? page, MyAssignments assignments, CancellationToken ct) =>
                assignments.ListAsync(new PageRequest(page ?? 1), ct))
            .WithName("RandomChecks.MyAssignments").WithSummary("The caller's drawn targets, open first, earliest due first.")
            .RequireAuthorization(RandomChecksPermissions.Assignments.Name);
        api.MapGet("/conflicts", (ConflictRegister conflicts, CancellationToken ct) => conflicts.ListAsync(ct))
            .WithName("RandomChecks.Conflicts").WithSummary("Active conflict-of-interest declarations: an administrator sees those in scope, an inspector their own.")
            .RequireAuthorization(RandomChecksPermissions.Conflicts.Name);
        api.MapPost("/conflicts", async (DeclareConflictRequest request, ConflictRegister conflicts, CancellationToken ct) =>
            {
                var view = await conflicts.DeclareAsync(request, ct);
                return TypedResults.Created($"/api/v1/randomchecks/conflicts/{view.Id}", view);
            })
            .WithName("RandomChecks.DeclareConflict").WithSummary("Declare a conflict of interest with an operator: the inspector is never drawn for it.")
            .RequireAuthorization(RandomChecksPermissions.Conflicts.Name);
        api.MapDelete("/conflicts/{id:guid}", async (Guid id, ConflictRegister conflicts, CancellationToken ct) =>
            {
                await conflicts.WithdrawAsync(id, ct);
                return TypedResults.NoContent();
            })
            .WithName("RandomChecks.WithdrawConflict").WithSummary("Withdraw a declaration (kept in the ledger).")
            .RequireAuthorization(RandomChecksPermissions.Conflicts.Name);
    }

    private static async Task<Results<Ok<TaskView>, ProblemHttpResult>> GetAsync(Guid id, CheckTasks tasks, CancellationToken ct) =>
        await tasks.FindAsync(id, ct) is { } view
            ? TypedResults.Ok(view)
            : Problems.NotFound(RandomChecksErrors.TaskNotFound, "未找到该抽查任务，或您无权查看。");

    private static async Task<Results<Ok<Verification>, ProblemHttpResult>> VerificationAsync(Guid id, PublicDraws draws, CancellationToken ct) =>
        await draws.VerificationAsync(id, ct) is { } verification
            ? TypedResults.Ok(verification)
            : Problems.NotFound(RandomChecksErrors.TaskNotFound, "未找到该抽查任务，或其承诺值尚未公布。");

    private static async Task<Results<Ok<PublicTask>, ProblemHttpResult>> PublicAsync(Guid id, PublicDraws draws, CancellationToken ct) =>
        await draws.FindAsync(id, ct) is { } task
            ? TypedResults.Ok(task)
            : Problems.NotFound(RandomChecksErrors.TaskNotFound, "未找到该抽查任务，或其承诺值尚未公布。");
}

/// <summary>The reason is required for every commitment after the first (a re-draw).</summary>
internal sealed class CommitRequest
{
    [StringLength(500, ErrorMessage = "理由不能超过500个字符")]
    public string? Reason { get; set; }
}
