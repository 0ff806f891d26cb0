using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Shared.Kernel;
using Shian.Shared.Web;

namespace Shian.Modules.RandomChecks.Features.Tasks;

/// <summary>Random-check tasks: list, create, edit and read one (the pages call the same <see cref="CheckTasks"/>).</summary>
internal static class TasksEndpoint
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/tasks", (int? page, int? pageSize, CheckTasks tasks, CancellationToken ct) =>
                tasks.ListAsync(new PageRequest(page ?? 1, pageSize ?? PageRequest.DefaultPageSize), ct))
            .WithName("RandomChecks.Tasks").WithSummary("Tasks of the caller's area, newest first, paged.")
            .RequireAuthorization(RandomChecksPermissions.ReadPolicy);
        api.MapPost("/tasks", CreateAsync)
            .WithName("RandomChecks.CreateTask").WithSummary("Create a task (area, category, risk grades, proportion or count, inspectors per target). Administrator/Leader in scope.")
            .RequireAuthorization(RandomChecksPermissions.ManagePolicy)
            .Refuses(400, RandomChecksErrors.ProportionOrCount, RandomChecksErrors.UnknownJurisdiction, RandomChecksErrors.UnknownCategory,
                RandomChecksErrors.UnknownGrade, RandomChecksErrors.TeamTooSmall)
            .Refuses(403, RandomChecksErrors.OutOfScope);
        api.MapPut("/tasks/{id:guid}", (Guid id, TaskRequest request, CheckTasks tasks, CancellationToken ct) => tasks.EditAsync(id, request, ct))
            .WithName("RandomChecks.EditTask").WithSummary("Change a task's parameters; refused (409 randomchecks.frozen) once a commitment is published.")
            .RequireAuthorization(RandomChecksPermissions.ManagePolicy)
            .Refuses(400, RandomChecksErrors.ProportionOrCount, RandomChecksErrors.UnknownJurisdiction, RandomChecksErrors.UnknownCategory,
                RandomChecksErrors.UnknownGrade, RandomChecksErrors.TeamTooSmall)
            .Refuses(403, RandomChecksErrors.OutOfScope)
            .Refuses(404, RandomChecksErrors.TaskNotFound)
            .Refuses(409, RandomChecksErrors.Frozen);
        api.MapGet("/tasks/{id:guid}", GetAsync)
            .WithName("RandomChecks.Task").WithSummary("A task with its rounds (commitments, revealed seeds) and drawn targets.")
            .RequireAuthorization(RandomChecksPermissions.ReadPolicy)
            .Refuses(404, RandomChecksErrors.TaskNotFound);
    }

    private static async Task<Created<TaskView>> CreateAsync(TaskRequest request, CheckTasks tasks, CancellationToken ct)
    {
        var view = await tasks.CreateAsync(request, ct);
        return TypedResults.Created($"/api/v1/randomchecks/tasks/{view.Id}", view);
    }

    private static async Task<Results<Ok<TaskView>, ProblemHttpResult>> GetAsync(Guid id, CheckTasks tasks, CancellationToken ct) =>
        await tasks.FindAsync(id, ct) is { } view
            ? TypedResults.Ok(view)
            : Problems.NotFound(RandomChecksErrors.TaskNotFound, Messages.Get(RandomChecksErrors.TaskNotFound));
}
