namespace Shian.Modules.Credit;

/// <summary>Stable error codes of the module (ProblemDetails <c>code</c>) and message keys of its validation texts.</summary>
internal static class CreditErrors
{
    public const string BanPeriodInvalid = "credit.ban_period_invalid";
    public const string NotFound = "credit.not_found";
}
