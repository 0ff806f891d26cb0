namespace Shian.Modules.Operators;

/// <summary>Stable error codes of the Operators module; each is also its message key in OperatorsText.</summary>
internal static class OperatorsErrors
{
    public const string NotFound = "operators.not_found";
    public const string CreditCodeInvalid = "operators.credit_code_invalid";
    public const string CreditCodeCheckFailed = "operators.credit_code_check_failed";
    public const string CreditCodeTaken = "operators.credit_code_taken";
    public const string UnknownTown = "operators.unknown_town";
    public const string UnknownCategory = "operators.unknown_category";
    public const string IdNumberInvalid = "operators.id_number_invalid";
    public const string StaleVersion = "operators.stale_version";
    public const string NotAnEnterpriseUser = "operators.not_an_enterprise_user";
    public const string InboxMessageNotFound = "operators.inbox_message_not_found";
}
