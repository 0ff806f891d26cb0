using Shian.Shared.Security;

namespace Shian.Modules.Operators;

internal static class OperatorsPermissions
{
    public const string ReadPolicy = "Operators.Read";
    public const string WritePolicy = "Operators.Write";
    public const string ReadPersonalDataPolicy = "Operators.ReadPersonalData";
    public const string OwnPolicy = "Operators.Own";

    public static readonly Permission Read = new(
        ReadPolicy,
        [Roles.Administrator, Roles.Leader, Roles.Inspector, Roles.LegalReviewer, Roles.LabAnalyst, Roles.Coordinator],
        "operators:read");

    public static readonly Permission Write = new(WritePolicy, [Roles.Administrator, Roles.Inspector], "operators:write");

    /// <summary>Reading a full ID or phone number; every such read is written to the ledger.</summary>
    public static readonly Permission ReadPersonalData = new(ReadPersonalDataPolicy, [Roles.Administrator, Roles.Inspector]);

    public static readonly Permission Own = new(OwnPolicy, [Roles.EnterpriseUser], "operators:own");

    public static readonly Permission[] All = [Read, Write, ReadPersonalData, Own];
}
