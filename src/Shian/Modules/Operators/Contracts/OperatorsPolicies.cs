namespace Shian.Modules.Operators.Contracts;

/// <summary>Operators' policy names other modules' pages check (e.g. to show a link to the operator's file).</summary>
public static class OperatorsPolicies
{
    /// <summary>Reads operator files in the caller's scope.</summary>
    public const string Read = OperatorsPermissions.ReadPolicy;
}
