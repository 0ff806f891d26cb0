using Shian.Shared.Security;

namespace Shian.Modules.RandomChecks;

/// <summary>
/// Who does what. Administrators and leaders run draws (create, commit, draw, re-draw); inspectors never do, since
/// they are the people being drawn. Staff read tasks of their area; inspectors see their own assignments.
/// </summary>
internal static class RandomChecksPermissions
{
    /// <summary>Policy names, for <c>[Authorize(Policy = …)]</c>, <c>RequireAuthorization(…)</c> and navigation.</summary>
    public const string ManagePolicy = "RandomChecks.Manage";
    public const string ReadPolicy = "RandomChecks.Read";
    public const string AssignmentsPolicy = "RandomChecks.Assignments";
    public const string ConflictsPolicy = "RandomChecks.Conflicts";

    /// <summary>Create and edit tasks, commit, draw and re-draw: Administrator, Leader (within their scope).</summary>
    public static readonly Permission Manage = new(ManagePolicy, [Roles.Administrator]);

    /// <summary>Read tasks, rounds and results of the caller's area.</summary>
    public static readonly Permission Read = new(
        ReadPolicy, [Roles.Administrator, Roles.Leader, Roles.Inspector, Roles.LegalReviewer, Roles.Coordinator]);

    /// <summary>An inspector's own assignment list.</summary>
    public static readonly Permission Assignments = new(AssignmentsPolicy, [Roles.Inspector]);

    /// <summary>Declare (and withdraw) a conflict of interest: an inspector for themself, an administrator for any inspector in scope.</summary>
    public static readonly Permission Conflicts = new(ConflictsPolicy, [Roles.Inspector, Roles.Administrator]);

    public static readonly Permission[] All = [Manage, Read, Assignments, Conflicts];
}
