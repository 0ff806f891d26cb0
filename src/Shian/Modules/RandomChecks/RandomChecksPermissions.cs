using Shian.Shared.Security;

namespace Shian.Modules.RandomChecks;

/// <summary>
/// Who does what. Administrators and leaders run draws (create, commit, draw, re-draw); inspectors never do, since
/// they are the people being drawn. Staff read tasks of their area; inspectors see their own assignments.
/// </summary>
internal static class RandomChecksPermissions
{
    /// <summary>Create and edit tasks, commit, draw and re-draw: Administrator, Leader (within their scope).</summary>
    public static readonly Permission Manage = new("RandomChecks.Manage", [Roles.Administrator, Roles.Leader]);

    /// <summary>Read tasks, rounds and results of the caller's area.</summary>
    public static readonly Permission Read = new(
        "RandomChecks.Read", [Roles.Administrator, Roles.Leader, Roles.Inspector, Roles.LegalReviewer, Roles.Coordinator]);

    /// <summary>An inspector's own assignment list.</summary>
    public static readonly Permission Assignments = new("RandomChecks.Assignments", [Roles.Inspector]);

    /// <summary>Declare (and withdraw) a conflict of interest: an inspector for themself, an administrator for any inspector in scope.</summary>
    public static readonly Permission Conflicts = new("RandomChecks.Conflicts", [Roles.Inspector, Roles.Administrator]);

    public static readonly Permission[] All = [Manage, Read, Assignments, Conflicts];
}
