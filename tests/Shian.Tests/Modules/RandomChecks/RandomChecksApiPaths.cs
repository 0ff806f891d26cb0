namespace Shian.Tests.Modules.RandomChecks;

/// <summary>The RandomChecks module's API and page paths, in one place.</summary>
internal static class RandomChecksApiPaths
{
    public const string Root = "/api/v1/randomchecks";
    public const string Tasks = Root + "/tasks";
    public const string Conflicts = Root + "/conflicts";
    public const string MyAssignments = Root + "/assignments/mine";

    public const string TasksPage = "/randomchecks";
    public const string NewTaskPage = "/randomchecks/new";
    public const string MyAssignmentsPage = "/randomchecks/assignments";

    public static string Task(Guid id) => $"{Tasks}/{id}";

    public static string Commit(Guid id) => $"{Tasks}/{id}/commit";

    public static string Draw(Guid id) => $"{Tasks}/{id}/draw";

    public static string Verification(Guid id) => $"{Tasks}/{id}/verification";

    public static string Public(Guid id) => $"{Root}/public/{id}";

    public static string Conflict(Guid id) => $"{Conflicts}/{id}";

    public static string TaskPage(Guid id) => $"/randomchecks/{id}";

    public static string PublicPage(Guid id) => $"/randomchecks/public/{id}";
}
