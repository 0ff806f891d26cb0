namespace Shian.Modules.Administration;

/// <summary>Stable error codes of the module (ProblemDetails <c>code</c>); each is also its message key in <see cref="AdministrationText"/>.</summary>
internal static class AdministrationErrors
{
    public const string RuleVersionNotLatest = "administration.rule_version_not_latest";
    public const string DeadlineOutOfRange = "administration.deadline_out_of_range";
    public const string UnknownJurisdiction = "administration.unknown_jurisdiction";
    public const string UnknownScope = "administration.unknown_scope";

    /// <summary>Enterprise accounts (<c>IEnterpriseAccounts</c>): the <c>account</c> prefix is this module's too.</summary>
    public const string UserNameTaken = "account.user_name_taken";
    public const string PasswordRejected = "account.password_rejected";
}
