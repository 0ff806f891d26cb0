namespace Shian.Shared.Security;

/// <summary>The roles of DESIGN.md. Role names are identifiers; their Chinese labels live in resources.</summary>
public static class Roles
{
    public const string Administrator = nameof(Administrator);
    public const string Leader = nameof(Leader);
    public const string Inspector = nameof(Inspector);
    public const string LegalReviewer = nameof(LegalReviewer);
    public const string LabAnalyst = nameof(LabAnalyst);
    public const string Coordinator = nameof(Coordinator);
    public const string EnterpriseUser = nameof(EnterpriseUser);

    /// <summary>Not a person: an API key's principal carries this role plus its scopes.</summary>
    public const string MachineClient = nameof(MachineClient);

    public static readonly IReadOnlyList<string> All =
        [Administrator, Leader, Inspector, LegalReviewer, LabAnalyst, Coordinator, EnterpriseUser];

    public static readonly IReadOnlyList<string> Staff =
        [Administrator, Leader, Inspector, LegalReviewer, LabAnalyst, Coordinator];
}
