using Shian.Shared.Security;

namespace Shian.Modules.Operators;

internal static class OperatorsPermissions
{
    public static readonly Permission Read = new(
        "Operators.Read",
        [Roles.Administrator, Roles.Leader, Roles.Inspector, Roles.LegalReviewer, Roles.LabAnalyst, Roles.Coordinator],
        "operators:read");

    public static readonly Permission Write = new("Operators.Write", [Roles.Administrator, Roles.Inspector], "operators:write");

    /// <summary>Reading a full ID or phone number; every such read is written to the ledger.</summary>
    public static readonly Permission ReadPersonalData = new("Operators.ReadPersonalData", [Roles.Administrator, Roles.Inspector]);

    public static readonly Permission Own = new("Operators.Own", [Roles.EnterpriseUser], "operators:own");

    public static readonly Permission[] All = [Read, Write, ReadPersonalData, Own];
}
