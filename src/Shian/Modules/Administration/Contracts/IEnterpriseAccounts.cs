namespace Shian.Modules.Administration.Contracts;

/// <summary>
/// Sign-in accounts for enterprises (企业用户): an account acts for one operator and sees only that operator's
/// records. Other modules open one when they have established who the applicant is (Registration: the tracking
/// secret of an approved application); Administration owns the accounts themselves.
/// </summary>
public interface IEnterpriseAccounts
{
    /// <summary>The user name of the operator's enterprise account, or null when it has none.</summary>
    Task<string?> FindUserNameAsync(Guid operatorId, CancellationToken ct);

    /// <summary>
    /// Opens the account. Throws a 400 <c>account.password_rejected</c> (field <c>password</c>) when the password
    /// does not meet the policy, and a 409 <c>account.user_name_taken</c> when the user name exists.
    /// </summary>
    Task<string> OpenAsync(EnterpriseAccountRequest request, CancellationToken ct);
}

/// <summary>An account to open for one operator.</summary>
/// <param name="OperatorId">The operator the account acts for.</param>
/// <param name="UserName">What the enterprise signs in with (Registration uses the unified social credit code).</param>
/// <param name="DisplayName">Shown in the header; the operator's name.</param>
/// <param name="Password">Chosen by the applicant; checked against the platform's password policy.</param>
public sealed record EnterpriseAccountRequest(Guid OperatorId, string UserName, string DisplayName, string Password);
