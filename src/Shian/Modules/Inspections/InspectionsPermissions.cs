using Shian.Shared.Security;

namespace Shian.Modules.Inspections;

internal static class InspectionsPermissions
{
    public const string ReadPolicy = "Inspections.Read";
    public const string ConductPolicy = "Inspections.Conduct";
    public const string ManageChecklistsPolicy = "Inspections.ManageChecklists";

    /// <summary>Read inspections, documents, photos, follow-ups of the caller's scope: leaders and admins read.</summary>
    public static readonly Permission Read = new(
        ReadPolicy, [Roles.Administrator, Roles.Leader, Roles.Inspector, Roles.LegalReviewer], "inspections:read");

    /// <summary>Start, fill in, sign off and amend inspections: inspectors, within their jurisdiction.</summary>
    public static readonly Permission Conduct = new(ConductPolicy, [Roles.Inspector]);

    /// <summary>Add a new version of a checklist (监督检查要点表).</summary>
    public static readonly Permission ManageChecklists = new(ManageChecklistsPolicy, [Roles.Administrator]);

    public static readonly Permission[] All = [Read, Conduct, ManageChecklists];
}
